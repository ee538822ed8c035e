// The build worker threads seen from the main thread: jobs come back in order with their results, and a
// worker that fails fails every job waiting and every later one, with a BuildWorkerError.
import { afterEach, describe, expect, it } from 'vitest';
import { BuildWorkerError, BuildWorkers } from '../../../src/engine/search/compactBuildWorkers.ts';
import { compressTextBlocks, passageTextBytes } from '../../../src/engine/search/passageTexts.ts';

const TEXTS = Array.from({ length: 70 }, (_, i) => `La commune n°${i} est raccordée à la fibre optique.`);
let workers: BuildWorkers | undefined;

afterEach(async () => {
  await workers?.stop();
  workers = undefined;
});

function compressJob() {
  const { bytes, textOffsets } = passageTextBytes(TEXTS, true);
  return { kind: 'compress' as const, pieces: [bytes], textOffsets, dictionary: new Uint8Array(0) };
}

describe('BuildWorkers', () => {
  it('runs jobs on the worker asked, and hands back their results', async () => {
    workers = new BuildWorkers(2);
    const replies = await Promise.all([workers.run(0, compressJob()), workers.run(1, compressJob())]);
    const { bytes, textOffsets } = passageTextBytes(TEXTS);
    const expected = compressTextBlocks(bytes, textOffsets, new Uint8Array(0));
    for (const reply of replies) {
      expect(reply.kind).toBe('compress');
      if (reply.kind === 'compress') expect(reply.result).toEqual(expected);
    }
  });

  it('fails the job whose worker threw, and every job after it', async () => {
    workers = new BuildWorkers(1);
    const broken = { kind: 'files' as const, entries: 'pas une liste' as never, corpusName: 'presse', limits: {} as never };
    await expect(workers.run(0, broken)).rejects.toBeInstanceOf(BuildWorkerError);
    await expect(workers.run(0, compressJob())).rejects.toThrow(/a build worker's job failed/);
  });

  it('fails the waiting jobs when a worker stops', async () => {
    workers = new BuildWorkers(1, new URL('../../fixtures/search/exitingBuildWorker.mjs', import.meta.url));
    await expect(workers.run(0, compressJob())).rejects.toThrow('a build worker stopped (exit code 3)');
    await expect(workers.run(0, compressJob())).rejects.toBeInstanceOf(BuildWorkerError);
  });
});
