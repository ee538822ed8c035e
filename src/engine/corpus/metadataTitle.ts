// Titles written into a file's properties by the software that made it are often not titles at all:
// "Microsoft Word - CP_fibre_v3.docx", "Untitled", "Document1". Only a real one is worth keeping.

const NOT_A_TITLE = [
  /^microsoft (?:word|powerpoint) - /i,
  /\.(?:docx?|odt|pdf|rtf|txt|indd|pptx?|xlsx?|pages)$/i,
  /^(?:untitled|sans titre|document|titre|title|présentation|presentation|diapositive \d+)\s*\d*$/i,
];

/** The title a metadata field gives, or undefined when it is empty or a software's placeholder. */
export function usableTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '' || title.length > 300 || !/\p{L}{2}/u.test(title)) return undefined;
  return NOT_A_TITLE.some((pattern) => pattern.test(title)) ? undefined : title;
}
