// Word (.docx) press releases through mammoth: paragraphs, headings, lists and table rows in document
// order (running headers and footers are not part of the body mammoth converts); title and date from
// the document's core properties, else the first heading and the text.
import { Parser } from 'htmlparser2';
import { BlockCollector } from './blockCollector.ts';
import type { DocumentLimits } from './documentLimits.ts';
import { dateFromMetadata } from './metadataDate.ts';
import { usableTitle } from './metadataTitle.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';
import { xmlFieldTexts } from './xmlFields.ts';
import { ZipParts } from './zipParts.ts';

type Mammoth = typeof import('mammoth');

let mammoth: Promise<Mammoth> | undefined;

/** mammoth and its dependencies load on the first .docx only. */
function loadMammoth(): Promise<Mammoth> {
  mammoth ??= import('mammoth').then((module) => ('default' in module ? (module.default as Mammoth) : module));
  return mammoth;
}

// An OLE compound file: what Word writes for a password-protected document, and for old .doc files.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Word's title style becomes a marked <h1>, so the title is told from the document's first heading.
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function parseDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<ParsedDocument> {
  if (COMPOUND_FILE.every((byte, index) => bytes[index] === byte)) throw new UnparsableFileError(compoundFileReason(bytes));
  const parts = await ZipParts.open(bytes, limits.maxUnpackedBytes, '.docx');
  if (!parts.has('word/document.xml')) throw new UnparsableFileError(skipReasons.wrongKind('a Word document', 'no word/document.xml'));
  // mammoth unpacks the parts again with its own zip reader, which has no size cap: every XML part is
  // read here first, under the cap, so a part that would unpack to gigabytes never reaches it.
  for (const name of parts.names()) if (/\.(?:xml|rels)$/i.test(name)) await parts.bytes(name);

  const { convertToHtml, images } = await loadMammoth();
  const html = await convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      // Pictures are not read at all; linked files outside the document are never opened.
      convertImage: images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    },
  ).catch((error: unknown) => {
    throw new UnparsableFileError(skipReasons.damaged('.docx', error instanceof Error ? error.message : String(error)));
  });
  const body = htmlBlocks(html.value);
  const core = xmlFieldTexts((await parts.text('docProps/core.xml')) ?? '', ['dc:title', 'dcterms:created', 'cp:keywords']);
  return {
    title: usableTitle(core.get('dc:title')?.[0]) ?? body.title,
    date: dateFromMetadata(core.get('dcterms:created')?.[0]),
    tags: (core.get('cp:keywords')?.[0] ?? '').split(/[,;]/).map((tag) => tag.trim()).filter((tag) => tag !== ''),
    blocks: body.blocks,
  };
}

function compoundFileReason(bytes: Uint8Array): SkipReason {
  // The stream that holds the encryption parameters, named in UTF-16 in the file's directory.
  const encryptionInfo = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptionInfo)
    ? skipReasons.encrypted('Word document')
    : skipReasons.oldWordFile();
}

/** Blocks of mammoth's HTML, and the title: the first paragraph in Word's title style, else the first top-level heading. */
function htmlBlocks(html: string): { title?: string; blocks: string[] } {
  const collector = new BlockCollector();
  let titleStyled: string | undefined;
  let firstH1: string | undefined;
  let skipDepth = 0;
  const openBlocks: Array<{ isTitle: boolean }> = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // Footnote marks and their way back ("[1]", "↑") are links to #footnote-… anchors.
        if (skipDepth > 0 || (name === 'a' && /^#(?:foot|end)note/.test(attribs.href ?? ''))) skipDepth++;
        else if (name === 'tr') collector.startRow();
        else if (name === 'td' || name === 'th') collector.startCell();
        else if (name === 'br') collector.append(' ');
        else if (/^(?:p|h[1-6]|li)$/.test(name)) {
          collector.endBlock();
          openBlocks.push({ isTitle: (attribs.class ?? '').split(' ').includes('title') });
        }
      },
      ontext(text) {
        if (skipDepth === 0) collector.append(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'tr') collector.endRow();
        else if (name === 'td' || name === 'th') collector.endCell();
        else if (/^(?:p|h[1-6]|li)$/.test(name)) {
          const element = openBlocks.pop();
          const block = collector.endBlock();
          if (block !== undefined && element?.isTitle) titleStyled ??= block;
          if (block !== undefined && name === 'h1') firstH1 ??= block;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const blocks = collector.finish();
  return { title: titleStyled ?? firstH1, blocks };
}
