#!/usr/bin/env node
// `npm run deps:check`: the run-time dependency tree (package-lock.json, dev dependencies left out) with each
// package's version and licence, failing on a licence outside the allowed list. `npm audit` needs the registry's
// audit endpoint, which this project's registry does not offer (405), so this review is what runs here and in CI.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Licences a product shipped to users may depend on. */
export const ALLOWED = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
  'BSD',
  'Python-2.0',
  'Zlib',
  'Unlicense',
  'CC0-1.0',
]);

/** Whether an SPDX expression is allowed: one allowed choice of an OR, every part of an AND. */
export function allowed(license) {
  const e = license.replace(/[()]/g, '').trim();
  if (e.includes(' OR ')) return e.split(' OR ').some((x) => allowed(x));
  if (e.includes(' AND ')) return e.split(' AND ').every((x) => allowed(x));
  return ALLOWED.has(e);
}

/** The run-time packages of the lock file: name, version, licence (from the lock, else the installed package.json). */
export function runtimePackages(root = ROOT) {
  const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
  const out = [];
  for (const [path, p] of Object.entries(lock.packages ?? {})) {
    if (path === '' || p.dev || p.devOptional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    let license = p.license;
    const pkg = `${root}${path}/package.json`;
    if (!license && existsSync(pkg)) license = JSON.parse(readFileSync(pkg, 'utf8')).license;
    out.push({ name, version: p.version, license: license ?? 'UNKNOWN', optional: !!p.optional });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkgs = runtimePackages();
  const bad = pkgs.filter((p) => !allowed(p.license));
  for (const p of pkgs)
    console.log(`${p.name}\t${p.version}\t${p.license}${p.optional ? '\t(optional)' : ''}`);
  console.log(`${pkgs.length} run-time packages; ${bad.length} with a licence outside the allowed list`);
  for (const p of bad) console.error(`not allowed: ${p.name} ${p.version} (${p.license})`);
  process.exit(bad.length > 0 ? 1 : 0);
}
