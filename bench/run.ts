/**
 * `npm run bench`: every benchmark part in turn; each part prints its own medians and peak RSS.
 * Parts: ingest (issue 2), extract and rank (issue 3), profile (issue 4), concepts (the concept linker), analyze (every
 * component on one thread, issue 11), serve (issue 9:
 * the HTTP API under 50 concurrent clients, after profile built its store), scale (issue 11: ingest of 100,000 listings
 * recombined from the real ones), report (issue 11: whole `roleprint report` processes, a 200-listing file and the first
 * and warm report of a role on a fresh store). `npm run bench -- ingest` runs one part.
 * @module
 */

type Part = { name: string; run: () => Promise<void> };

const parts: Part[] = [
  {
    name: 'ingest',
    run: async () => {
      await (await import('./ingest.ts')).benchIngest();
    },
  },
  { name: 'extract', run: async () => (await import('./extract.ts')).benchExtract() },
  {
    name: 'rank',
    run: async () => {
      const { benchRanker } = await import('../src/analyze/skills/rank/index.ts');
      const r = benchRanker({ shared: '../shared' });
      const rss = process.resourceUsage().maxRSS / 1024;
      process.stdout.write(
        `skill ranker: ${r.sentences} real listing sentences, model load ${r.loadMs.toFixed(0)} ms, ${r.sentencesPerSecond.toFixed(0)} sentences/s wall clock, ${r.sentencesPerCpuSecond.toFixed(0)} per CPU second (top ${r.k}, one core; model load ${r.loadCpuMs.toFixed(0)} ms CPU), peak RSS ${rss.toFixed(0)} MB\n`,
      );
    },
  },
  { name: 'profile', run: async () => (await import('./profile.ts')).benchProfile() },
  { name: 'concepts', run: async () => (await import('./concepts.ts')).benchConcepts() },
  { name: 'analyze', run: async () => (await import('./analyze.ts')).benchAnalyze() },
  { name: 'serve', run: async () => (await import('./serve.ts')).benchServe() },
  { name: 'scale', run: async () => (await import('./scale.ts')).benchScale() },
  { name: 'report', run: async () => (await import('./report.ts')).benchReport() },
];

const wanted = process.argv.slice(2);
if (wanted.length === 1) {
  const part = parts.find((p) => p.name === wanted[0]);
  if (!part)
    throw new Error(
      `Cannot run bench part "${wanted[0]}": choose one of ${parts.map((p) => p.name).join(', ')}`,
    );
  process.stdout.write(`\n## ${part.name}\n`);
  await part.run();
} else {
  // One child process per part, so each part's peak RSS is its own.
  const { spawnSync } = await import('node:child_process');
  for (const part of parts) {
    if (wanted.length > 0 && !wanted.includes(part.name)) continue;
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, part.name], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}
