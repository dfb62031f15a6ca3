/**
 * `npm run bench`: every benchmark part in turn; each part prints its own medians and peak RSS.
 * Parts: ingest (issue 2), extract and rank (issue 3), profile (issue 4). `npm run bench -- ingest` runs one part.
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
];

const wanted = process.argv.slice(2);
for (const part of parts) {
  if (wanted.length > 0 && !wanted.includes(part.name)) continue;
  process.stdout.write(`\n## ${part.name}\n`);
  await part.run();
}
