// Measures each language loader in a fresh process: wall time of its first call (read, and parse
// where a loader builds Maps) and the heap and RSS it adds. Figures only, no thresholds.
// Run: npx tsx src/engine/language/data/build/measureLoaders.ts
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Each loader's first look-up, which reads its file.
const LOADERS: Record<string, { module: string; call: string; argument?: string }> = {
  frenchLemmas: { module: '../../frenchLemmas.ts', call: 'frenchLemmaOf', argument: 'investira' },
  englishFrench: { module: '../../englishFrench.ts', call: 'frenchTranslationsOf', argument: 'network' },
  frenchSynonyms: { module: '../../frenchSynonyms.ts', call: 'frenchSynonymsOf', argument: 'reseau' },
  frenchDerivations: { module: '../../frenchDerivations.ts', call: 'frenchFamily', argument: 'gerer' },
  placeAdjectives: { module: '../../placeAdjectives.ts', call: 'placeAdjectives' },
};

async function measureOne(name: string): Promise<void> {
  const loader = LOADERS[name];
  if (loader === undefined) throw new Error(`unknown loader ${name}`);
  const module = (await import(loader.module)) as Record<string, (argument?: string) => unknown>;
  const load = module[loader.call];
  if (load === undefined) throw new Error(`${loader.module} has no ${loader.call}`);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  load(loader.argument);
  const ms = performance.now() - start;
  globalThis.gc?.();
  const after = process.memoryUsage();
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `${name.padEnd(18)} ${ms.toFixed(0).padStart(5)} ms  heap +${mb(after.heapUsed - before.heapUsed)} MB  rss +${mb(after.rss - before.rss)} MB`,
  );
}

const [only] = process.argv.slice(2);
if (only !== undefined) {
  await measureOne(only);
} else {
  for (const name of Object.keys(LOADERS)) {
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    });
  }
}
