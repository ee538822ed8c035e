// A short, stable name for one passage of the corpus, carried in a button ("Lire le passage") and read
// back later, perhaps after a reindex: the file's key, the passage's place in its document and a key of
// its text. Ids of the passage table change with every reindex; these keys do not unless the text does.
// Short enough for a Discord custom_id (100 characters) with room to spare.
import { createHash } from 'node:crypto';

export interface PassageReference {
  fileKey: string;
  /** Position of the passage in its document (0 is the title). */
  offset: number;
  textKey: string;
}

const FILE_KEY_LENGTH = 10;
const TEXT_KEY_LENGTH = 8;
const KEY = /^[A-Za-z0-9_-]+$/;
const MAX_OFFSET = 1_000_000;

function key(text: string, length: number): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}

export function fileKey(file: string): string {
  return key(file, FILE_KEY_LENGTH);
}

export function textKey(text: string): string {
  return key(text, TEXT_KEY_LENGTH);
}

export function passageReference(file: string, offset: number, text: string): string {
  return `${fileKey(file)}.${offset}.${textKey(text)}`;
}

/** The reference's parts, or undefined for anything that is not one (a button's value comes from outside). */
export function readPassageReference(reference: string): PassageReference | undefined {
  if (typeof reference !== 'string' || reference.length > 40) return undefined;
  const [file, offset, text, ...rest] = reference.split('.');
  if (rest.length > 0 || !file || !text || !KEY.test(file) || !KEY.test(text) || !/^\d{1,7}$/.test(offset ?? '')) return undefined;
  const position = Number(offset);
  return position <= MAX_OFFSET ? { fileKey: file, offset: position, textKey: text } : undefined;
}
