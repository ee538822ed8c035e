// The systems the benchmark can measure, one entry each. Adding a system (e.g. a PostgreSQL backend)
// means writing a module whose default export is a BenchSystem and adding one line to SYSTEMS.
// Modules are imported lazily, in the child process that measures them, so one system's code and
// dependencies never weigh on another's memory figures.

/** The corpus and a private, initially empty folder for whatever the system saves. */
export interface BenchContext {
  corpusDir: string;
  dataDir: string;
}

/** A built or opened system, ready to answer. */
export interface SystemUnderTest {
  /** Documents the index holds (a sanity check that the whole corpus went in). */
  readonly documents: number;
  /** Answers one question; returns how many results it gave (only reported, never judged). */
  ask(question: string): Promise<number> | number;
  /** Bytes of what a fresh process loads to start. Default: every file under dataDir. */
  snapshotBytes?(): Promise<number>;
  /** Releases connections or servers; called once measuring is done. */
  close?(): Promise<void>;
}

export interface BenchSystem {
  /** Indexes the corpus from nothing and saves what `open` needs in dataDir. */
  build(context: BenchContext): Promise<SystemUnderTest>;
  /**
   * In a fresh process, starts from what `build` saved (and the corpus), never rebuilding; throws
   * when it cannot. `loadMs` is the part spent loading the saved index.
   */
  open(context: BenchContext): Promise<{ system: SystemUnderTest; loadMs: number }>;
}

export interface SystemEntry {
  /** Table label. */
  label: string;
  /** One line for the JSON report: what exactly is measured. */
  description: string;
  /** Module (relative to this folder) whose default export is the BenchSystem. */
  module: string;
  /** Ratios in the table compare every system with the anchor of the same size. */
  anchor?: boolean;
}

/** Every measurable system by its --systems name. */
export const SYSTEMS: Record<string, SystemEntry> = {
  relais: {
    label: 'Relais',
    description: "RelaisEngine.open({ backend: 'compact' }) over an empty data folder (load, index, save the snapshot), then engine.ask(question); cold start = open from the snapshot",
    module: './relaisSystem.ts',
  },
  'minisearch-default': {
    label: 'MiniSearch-default',
    description: "new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'] }), one document per file, addAll, search(question) with default options; snapshot JSON.stringify / MiniSearch.loadJSON",
    module: './miniSearchDefault.ts',
    anchor: true,
  },
};

export const DEFAULT_SYSTEMS = ['relais', 'minisearch-default'];

export const ANCHOR_SYSTEM = Object.entries(SYSTEMS).find(([, entry]) => entry.anchor)?.[0] ?? 'minisearch-default';

export async function loadSystem(name: string): Promise<BenchSystem> {
  const entry = SYSTEMS[name];
  if (!entry) throw new Error(`unknown system "${name}" (known: ${Object.keys(SYSTEMS).join(', ')})`);
  const loaded = (await import(new URL(entry.module, import.meta.url).href)) as { default: BenchSystem };
  return loaded.default;
}
