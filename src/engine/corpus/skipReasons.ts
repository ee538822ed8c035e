// Why a corpus file was skipped, in English (logs, and English-speaking admins) and in French (the
// reindex summary of a French-speaking admin). Each reason says what to do when something can be done.

/** A skip reason in both languages Relais speaks. */
export interface SkipReason {
  en: string;
  fr: string;
}

const frenchSize = (size: string): string => size.replace('.', ',').replace('MiB', 'Mio').replace('KiB', 'Kio').replace('bytes', 'octets');

export const skipReasons = {
  unreadableFolder: (code: string): SkipReason => ({ en: `unreadable folder: ${code}`, fr: `dossier illisible : ${code}` }),
  unreadable: (code: string): SkipReason => ({ en: `unreadable: ${code}`, fr: `illisible : ${code}` }),
  notRegularFile: (): SkipReason => ({ en: 'not a regular file', fr: 'pas un fichier ordinaire' }),
  linkOutside: (): SkipReason => ({ en: 'link to outside the corpus folder', fr: 'lien vers l’extérieur du dossier du corpus' }),
  noExtension: (): SkipReason => ({ en: 'unsupported file type (no extension)', fr: 'type de fichier non pris en charge (sans extension)' }),
  unsupportedType: (extension: string): SkipReason => ({ en: `unsupported file type ${extension}`, fr: `type de fichier non pris en charge : ${extension}` }),
  tooLarge: (limit: string, size: string): SkipReason => ({ en: `larger than ${limit} (${size})`, fr: `plus de ${frenchSize(limit)} (${frenchSize(size)})` }),
  empty: (): SkipReason => ({ en: 'empty', fr: 'vide' }),
  blank: (): SkipReason => ({ en: 'empty (whitespace only)', fr: 'vide (rien que des espaces)' }),
  binary: (): SkipReason => ({ en: 'binary content', fr: 'contenu binaire' }),
  utf16: (): SkipReason => ({ en: 'not UTF-8 text (UTF-16): save it as UTF-8', fr: 'pas du texte UTF-8 (UTF-16) : enregistrez-le en UTF-8' }),
  notUtf8: (html: boolean): SkipReason => ({
    en: `not UTF-8 text (probably Latin-1 or Windows-1252): save it as UTF-8${html ? ', or declare its encoding (<meta charset="windows-1252">)' : ''}`,
    fr: `pas du texte UTF-8 (sans doute Latin-1 ou Windows-1252) : enregistrez-le en UTF-8${html ? ', ou déclarez son encodage (<meta charset="windows-1252">)' : ''}`,
  }),
  unknownEncoding: (label: string): SkipReason => ({
    en: `declares the unknown encoding "${label}": save it as UTF-8`,
    fr: `déclare l’encodage inconnu « ${label} » : enregistrez-le en UTF-8`,
  }),
  noText: (): SkipReason => ({ en: 'no text content', fr: 'aucun texte' }),
  onlyTitle: (): SkipReason => ({ en: 'no text content besides the title', fr: 'aucun texte après le titre' }),
  invalidFrontMatter: (detail: string): SkipReason => ({ en: `invalid YAML front-matter: ${detail}`, fr: `en-tête YAML invalide : ${detail}` }),
  frontMatterNotFields: (): SkipReason => ({
    en: 'invalid YAML front-matter: not a list of "key: value" fields',
    fr: 'en-tête YAML invalide : pas une liste de champs « clé: valeur »',
  }),
  unparsable: (detail: string): SkipReason => ({ en: `could not be parsed: ${detail}`, fr: `illisible par l’analyseur : ${detail}` }),
  // PDF, Word and OpenDocument files.
  tooManyPages: (limit: number, pages: number): SkipReason => ({ en: `more than ${limit} pages (${pages})`, fr: `plus de ${limit} pages (${pages})` }),
  noTextLayer: (): SkipReason => ({
    en: 'no text layer (a scanned or image-only PDF: run OCR on it first)',
    fr: 'aucune couche de texte (un PDF scanné ou fait d’images : passez-le d’abord à l’OCR)',
  }),
  readTimeout: (duration: string): SkipReason => ({
    en: `took longer than ${duration} to read (a damaged or unusually complex PDF)`,
    fr: `lecture plus longue que ${duration} (un PDF abîmé ou inhabituellement complexe)`,
  }),
  readerStopped: (detail: string): SkipReason => ({ en: `could not be read: ${detail}`, fr: `lecture impossible : ${detail}` }),
  encrypted: (kind: string): SkipReason => ({ en: `encrypted ${kind} (password-protected)`, fr: `${kind} chiffré (protégé par un mot de passe)` }),
  invalid: (kind: string): SkipReason => ({
    en: `not a valid ${kind} (damaged, truncated or another kind of file)`,
    fr: `${kind} non valide (abîmé, tronqué ou d’un autre type)`,
  }),
  damaged: (kind: string, detail: string): SkipReason => ({ en: `damaged ${kind}: ${detail}`, fr: `${kind} abîmé : ${detail}` }),
  wrongKind: (expected: string, detail: string): SkipReason => ({ en: `not ${expected} (${detail})`, fr: `pas ${expected} (${detail})` }),
  oldWordFile: (): SkipReason => ({ en: 'an old Word .doc file, not a .docx (save it as .docx)', fr: 'un ancien fichier Word .doc, pas un .docx (enregistrez-le en .docx)' }),
  unpacksTooLarge: (limit: string): SkipReason => ({ en: `unpacks to more than ${limit}`, fr: `plus de ${frenchSize(limit)} une fois décompressé` }),
} as const;
