// The systems the benchmark can measure, one entry each. Adding a system (e.g. a PostgreSQL backend)
// means writing a module whose default export is a BenchSystem and adding one line to SYSTEMS.
// Modules are imported lazily, in the child process that measures them, so one system's code and
// dependencies never weigh on another's memory figures.

/** The corpus and a private, initially empty folder for whatever the system saves. */
export interface BenchContext {
  corpusDir: string;
  dataDir: string;
  /** For systems with `needsDatabase`: the server and the schema this measurement owns (one per corpus size). */
  database?: { url: string; schema: string };
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
  /** Ratios in the table compare every system with an anchor of the same size. */
  anchor?: boolean;
  /** The anchor this system's ratios are taken against (default: ANCHOR_SYSTEM, MiniSearch-default). */
  comparedWith?: string;
  /** Needs a PostgreSQL server (--database-url / DATABASE_URL); skipped with a reason without one. */
  needsDatabase?: boolean;
  /** Also measured with two instances (processes) querying at once. */
  concurrent?: boolean;
}

/** Every measurable system by its --systems name. */
export const SYSTEMS: Record<string, SystemEntry> = {
  relais: {
    label: 'Relais',
    description:
      "RelaisEngine.open({ backend: 'compact' }) over an empty data folder (load, index, save the snapshot), then engine.ask(question); cold start = open from the snapshot",
    module: './relaisSystem.ts',
    concurrent: true,
  },
  'minisearch-default': {
    label: 'MiniSearch-default',
    description:
      "new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'] }), one document per file, addAll, search(question) with default options; snapshot JSON.stringify / MiniSearch.loadJSON",
    module: './miniSearchDefault.ts',
    anchor: true,
  },
  'relais-postgres': {
    label: 'Relais-PostgreSQL',
    description:
      "RelaisEngine.open({ backend: 'postgres' }) after DROP SCHEMA bench_<size> CASCADE (migrate, load, index into the database), then engine.ask(question); cold start = open over the existing index; snapshot = the schema's tables and indexes on the server",
    module: './relaisPostgres.ts',
    needsDatabase: true,
    concurrent: true,
    comparedWith: 'postgres-fts',
  },
  'postgres-fts': {
    label: 'PostgreSQL-FTS',
    description:
      "PostgreSQL's own full-text search: one row per file, tsvector GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || body)) STORED under a GIN index; question = OR of plainto_tsquery('french', question)'s lexemes, ORDER BY ts_rank DESC LIMIT 10; snapshot = the schema's tables and indexes on the server",
    module: './postgresFullText.ts',
    anchor: true,
    needsDatabase: true,
  },
};

export const DEFAULT_SYSTEMS = ['relais', 'minisearch-default'];

/** The systems measured without --systems: the PostgreSQL backend and its anchor too when a database is given. */
export function defaultSystems(databaseUrl: string | undefined): string[] {
  return databaseUrl ? [...DEFAULT_SYSTEMS, 'relais-postgres', 'postgres-fts'] : [...DEFAULT_SYSTEMS];
}

/** Why `name` cannot be measured with this database setting, or undefined when it can. */
export function skipReason(name: string, databaseUrl: string | undefined): string | undefined {
  if (SYSTEMS[name]?.needsDatabase && !databaseUrl) {
    return 'no PostgreSQL server: pass --database-url or set DATABASE_URL (a throw-away one: eval "$(.ci/postgres.sh start)")';
  }
  return undefined;
}

/** The schema a system needing a database uses for one corpus size (each system its own). */
export function benchSchema(size: number, system = 'relais-postgres'): string {
  return system === 'relais-postgres' ? `bench_${size}` : `bench_${system.replace(/[^a-z0-9]+/g, '_')}_${size}`;
}

/** The anchor every system is compared with unless its entry names another. */
export const ANCHOR_SYSTEM = 'minisearch-default';

/** The anchor `name`'s ratios are taken against. */
export function anchorOf(name: string): string {
  return SYSTEMS[name]?.comparedWith ?? ANCHOR_SYSTEM;
}

export async function loadSystem(name: string): Promise<BenchSystem> {
  const entry = SYSTEMS[name];
  if (!entry) throw new Error(`unknown system "${name}" (known: ${Object.keys(SYSTEMS).join(', ')})`);
  const loaded = (await import(new URL(entry.module, import.meta.url).href)) as { default: BenchSystem };
  return loaded.default;
}
