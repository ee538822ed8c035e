// The file a `remove` or `restore` names, matched against the files that exist — never used as a path:
// the exact path ("2024/note.md"), its citation ("corpus/2024/note.md"), or its bare name when only
// one file has it.

/** `remove <file> [oui|yes]`, `restore [file]`: the file, and whether it was confirmed on the line. */
export function parseFileArguments(args: readonly string[]): { file?: string; confirmed?: string } | undefined {
  const words = args.filter((w) => w !== '');
  if (words.length === 0) return {};
  const [file, confirmation, ...rest] = words;
  if (rest.length > 0 || !/\.[a-z0-9]{1,5}$/i.test(file ?? '')) return undefined;
  if (confirmation === undefined) return { file };
  return /^(?:oui|yes|confirmer|confirm)$/i.test(confirmation) ? { file, confirmed: 'yes' } : undefined;
}

export function matchFile(typed: string, files: readonly string[], corpusName: string): string | undefined {
  const wanted = typed.trim().replace(/\\/g, '/');
  if (files.includes(wanted)) return wanted;
  const withoutCorpus = wanted.startsWith(`${corpusName}/`) ? wanted.slice(corpusName.length + 1) : undefined;
  if (withoutCorpus !== undefined && files.includes(withoutCorpus)) return withoutCorpus;
  const byName = files.filter((f) => f.split('/').pop() === wanted);
  return byName.length === 1 ? byName[0] : undefined;
}
