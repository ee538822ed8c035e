// The index in this process (compact or MiniSearch), saved as a snapshot in DATA_DIR with the
// fingerprint of the corpus: start-up loads it when the corpus, backend and analysis are unchanged, and
// builds (then saves) otherwise; a reindex builds and saves a new one. A damaged snapshot is never served.
// With `checkFilesFirst` off, a snapshot of this backend and analysis is served before the corpus folder
// is compared with it (the engine compares them in the background, through `unchanged`).
import { analysisFingerprint } from '../analysis/analysisFingerprint.ts';
import { fingerprintCorpus, type LoadCorpusOptions } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import { type EmbeddedBackendName, type EmbeddedIndex, EMBEDDED_BACKENDS } from './embeddedBackends.ts';
import { loadSnapshot, sameFiles, saveSnapshot, type SnapshotLoad } from './indexSnapshot.ts';
import type { IndexStore, Rebuilt, StoredIndex } from './indexStore.ts';

export interface EmbeddedIndexStoreOptions {
  backend: EmbeddedBackendName;
  corpusDir: string;
  dataDir: string;
  /** Save and reuse snapshots; without, every start-up builds. */
  useSnapshot: boolean;
  /** Compare the corpus folder with a snapshot's files before serving it (else the engine does it while serving). */
  checkFilesFirst: boolean;
  corpusCaps: LoadCorpusOptions;
  logger: Logger;
}

interface EmbeddedStoredIndex extends StoredIndex {
  index: EmbeddedIndex;
}

export class EmbeddedIndexStore implements IndexStore {
  constructor(private readonly options: EmbeddedIndexStoreOptions) {}

  async open(): Promise<StoredIndex> {
    if (this.options.useSnapshot) {
      const loaded = await this.fromSnapshot();
      if (loaded) return loaded;
    }
    return this.build();
  }

  async latest(serving: StoredIndex): Promise<StoredIndex> {
    return serving;
  }

  async rebuild(): Promise<Rebuilt> {
    const serving = await this.build();
    const { files, skipped, index } = serving;
    return { serving, built: { files, skipped, documents: index.documents.length, passages: index.passageCount } };
  }

  forgetLatest(): void {}

  async unchanged(serving: StoredIndex): Promise<boolean> {
    const files = await fingerprintCorpus(this.options.corpusDir, () => serving.files);
    return sameFiles(serving.files, files);
  }

  private async build(): Promise<EmbeddedStoredIndex> {
    const { backend, corpusDir, corpusCaps, logger } = this.options;
    const { index, files, skipped } = await EMBEDDED_BACKENDS[backend].buildFromFolder(corpusDir, { corpusCaps, logger });
    for (const s of skipped) logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
    const built: EmbeddedStoredIndex = {
      index,
      files,
      skipped,
      indexedAt: new Date().toISOString(),
      loadedFrom: 'build',
    };
    await this.save(built);
    return built;
  }

  async close(): Promise<void> {}

  /** The saved index when it was made from these files by this backend and analysis; undefined otherwise. */
  private async fromSnapshot(): Promise<StoredIndex | undefined> {
    const { backend, corpusDir, dataDir, checkFilesFirst, logger } = this.options;
    const started = Date.now();
    const saved = await loadSnapshot(dataDir);
    if (!saved.ok || !this.madeHere(saved)) {
      this.logWhyBuilding(saved);
      return undefined;
    }
    const { header } = saved;
    // The corpus is fingerprinted only to compare it with a usable snapshot: a build fingerprints the
    // files as it reads them (hashing 100,000 files first would read them all twice).
    const files = checkFilesFirst ? await fingerprintCorpus(corpusDir, header.files) : undefined;
    if (files && !sameFiles(header.files, files)) {
      this.logWhyBuilding(saved);
      return undefined;
    }
    try {
      const index = EMBEDDED_BACKENDS[backend].fromParts(saved.parts);
      logger.info({ documents: index.documents.length, ms: Date.now() - started }, 'index loaded from snapshot');
      const stored = { index, skipped: header.skipped, indexedAt: header.builtAt, loadedFrom: 'snapshot' as const };
      if (files) return { ...stored, files };
      // Compared in the background: the snapshot's list of files is parsed then, not before serving.
      return {
        ...stored,
        filesUnchecked: true,
        get files() {
          return header.files;
        },
      };
    } catch (error) {
      logger.warn({ error: String(error) }, 'snapshot could not be loaded; rebuilding');
      return undefined;
    }
  }

  /** Whether the snapshot was made by this backend and analysis from this folder (files aside). */
  private madeHere(saved: Extract<SnapshotLoad, { ok: true }>): boolean {
    const { header } = saved;
    return (
      header.backend === this.options.backend && header.corpusDir === this.options.corpusDir && header.analysis === analysisFingerprint()
    );
  }

  private logWhyBuilding(saved: SnapshotLoad): void {
    const { logger, dataDir } = this.options;
    if (!saved.ok && saved.corrupt) {
      logger.warn({ reason: saved.reason, dataDir }, 'index snapshot is damaged; rebuilding the index from the corpus');
    } else {
      logger.info({ reason: saved.ok ? 'corpus or backend changed since the snapshot' : saved.reason }, 'building the index');
    }
  }

  private async save(stored: EmbeddedStoredIndex): Promise<void> {
    const { backend, corpusDir, dataDir, useSnapshot, logger } = this.options;
    if (!useSnapshot) return;
    try {
      await saveSnapshot(
        dataDir,
        { backend, analysis: analysisFingerprint(), corpusDir, builtAt: stored.indexedAt, files: stored.files, skipped: stored.skipped },
        EMBEDDED_BACKENDS[backend].toParts(stored.index),
      );
    } catch (error) {
      // Serving goes on without a snapshot; the next start-up rebuilds.
      logger.warn({ error: String(error), dataDir }, 'index snapshot not saved');
    }
  }
}
