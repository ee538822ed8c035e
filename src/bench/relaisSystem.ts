// Relais as the product runs it: RelaisEngine over the corpus with the default (compact) backend.
// build = open with an empty data folder (load, index, save the snapshot); open = a fresh process
// over the same folder, which must load the snapshot, opened as `npm start` opens it: the corpus folder
// is compared with the snapshot in the background (corpusCheck 'while-serving'), while the first answers
// are served; that work, on the same thread, slows the first answer it overlaps.
import { RelaisEngine } from '../engine/index.ts';
import type { BenchSystem } from './systems.ts';

const relais: BenchSystem = {
  async build({ corpusDir, dataDir }) {
    const engine = await RelaisEngine.open({ corpusDir, dataDir, backend: 'compact', useSnapshot: true });
    if (engine.status().loadedFrom !== 'build')
      throw new Error('the data folder was not empty: Relais loaded a snapshot instead of building');
    return wrap(engine);
  },
  async open({ corpusDir, dataDir }) {
    const started = performance.now();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, backend: 'compact', useSnapshot: true, corpusCheck: 'while-serving' });
    const loadMs = performance.now() - started;
    if (engine.status().loadedFrom !== 'snapshot') throw new Error('Relais rebuilt its index instead of loading the saved snapshot');
    return { system: wrap(engine), loadMs };
  },
};

function wrap(engine: RelaisEngine) {
  return {
    documents: engine.status().documents,
    async ask(question: string): Promise<number> {
      const answer = await engine.ask(question);
      return answer.facts.length;
    },
  };
}

export default relais;
