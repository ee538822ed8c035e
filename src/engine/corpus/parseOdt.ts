// OpenDocument text (.odt) press releases: content.xml read with htmlparser2 in XML mode into paragraphs,
// headings, list items and table rows (running headers and footers live in styles.xml, not read);
// footnotes after the body; title and date from meta.xml, else the first heading and the text.
import { Parser } from 'htmlparser2';
import { BlockCollector } from './blockCollector.ts';
import type { DocumentLimits } from './documentLimits.ts';
import { dateFromMetadata } from './metadataDate.ts';
import { usableTitle } from './metadataTitle.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';
import { xmlFieldTexts } from './xmlFields.ts';
import { ZipParts } from './zipParts.ts';

const TEXT_DOCUMENT = /^application\/vnd\.oasis\.opendocument\.text(?:-template)?$/;

// Not read: comments, the record of deleted text, a table of contents repeating the headings, the
// number of a footnote mark, the alternative text of pictures, form controls.
const SKIPPED = new Set([
  'office:annotation', 'text:tracked-changes', 'text:table-of-content', 'text:illustration-index', 'text:table-index',
  'text:alphabetical-index', 'text:bibliography', 'text:note-citation', 'svg:title', 'svg:desc', 'office:forms',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls',
]);
const BLOCKS = new Set(['text:p', 'text:h']);

export async function parseOdt(bytes: Uint8Array, limits: DocumentLimits): Promise<ParsedDocument> {
  const parts = await ZipParts.open(bytes, limits.maxUnpackedBytes, '.odt');
  const mimetype = (await parts.text('mimetype'))?.trim();
  if (mimetype !== undefined && !TEXT_DOCUMENT.test(mimetype)) {
    throw new UnparsableFileError(skipReasons.wrongKind('an OpenDocument text', mimetype.slice(0, 80)));
  }
  if (/<manifest:encryption-data\b/.test((await parts.text('META-INF/manifest.xml')) ?? '')) {
    throw new UnparsableFileError(skipReasons.encrypted('OpenDocument file'));
  }
  const content = await parts.text('content.xml');
  if (content === undefined) throw new UnparsableFileError(skipReasons.wrongKind('a valid .odt', 'no content.xml'));
  const body = contentBlocks(content);
  const meta = xmlFieldTexts((await parts.text('meta.xml')) ?? '', ['dc:title', 'meta:creation-date', 'meta:keyword']);
  return {
    title: usableTitle(meta.get('dc:title')?.[0]) ?? body.title,
    date: dateFromMetadata(meta.get('meta:creation-date')?.[0]),
    tags: (meta.get('meta:keyword') ?? []).filter((tag) => tag !== ''),
    blocks: body.blocks,
  };
}

/**
 * Reads content.xml's body: text into the body's blocks, or the footnotes' while inside a note; what
 * SKIPPED names (tracked deletions, annotations, tables of contents…) is left out whole.
 */
class OdtBodyReader {
  readonly body = new BlockCollector();
  readonly notes = new BlockCollector();
  titleStyled: string | undefined;
  firstHeading: string | undefined;
  private inBody = false;
  private noteDepth = 0;
  private skipDepth = 0;
  private readonly openBlocks: Array<{ isTitle: boolean; isTopHeading: boolean }> = [];

  private get target(): BlockCollector {
    return this.noteDepth > 0 ? this.notes : this.body;
  }

  onOpenTag(name: string, attribs: Record<string, string>): void {
    if (name === 'office:body') this.inBody = true;
    if (!this.inBody) return;
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      this.skipDepth++;
      return;
    }
    if (name === 'text:note') this.noteDepth++;
    else if (name === 'table:table-row') this.target.startRow();
    else if (name === 'table:table-cell') this.target.startCell();
    else if (name === 'text:s') this.target.append(' '.repeat(Math.min(Number(attribs['text:c'] ?? 1) || 1, 100)));
    else if (name === 'text:tab' || name === 'text:line-break') this.target.append(' ');
    else if (BLOCKS.has(name)) this.openBlock(name, attribs);
  }

  /** A paragraph inside a paragraph (a text frame, a note) starts its own block. */
  private openBlock(name: string, attribs: Record<string, string>): void {
    this.target.endBlock();
    const style = attribs['text:style-name'] ?? '';
    this.openBlocks.push({
      isTitle: name === 'text:p' && /^(?:Title|Titre)$/i.test(style),
      isTopHeading: name === 'text:h' && (attribs['text:outline-level'] ?? '1') === '1',
    });
  }

  onText(text: string): void {
    // Whitespace between elements is layout in ODF; spaces inside paragraphs are written as text.
    if (this.inBody && this.skipDepth === 0 && this.openBlocks.length > 0) this.target.append(text);
  }

  onCloseTag(name: string): void {
    if (name === 'office:body') this.inBody = false;
    if (!this.inBody) return;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (name === 'text:note') this.noteDepth--;
    else if (name === 'table:table-row') this.target.endRow();
    else if (name === 'table:table-cell') this.target.endCell();
    else if (BLOCKS.has(name)) this.closeBlock();
  }

  private closeBlock(): void {
    const element = this.openBlocks.pop();
    const block = this.target.endBlock();
    if (block === undefined || this.noteDepth > 0) return;
    if (element?.isTitle) this.titleStyled ??= block;
    if (element?.isTopHeading) this.firstHeading ??= block;
  }
}

/** The body's blocks, then the footnotes'; the title is the first paragraph in the title style, else the first level-1 heading. */
function contentBlocks(xml: string): { title?: string; blocks: string[] } {
  const reader = new OdtBodyReader();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.onOpenTag(name, attribs),
      ontext: (text) => reader.onText(text),
      onclosetag: (name) => reader.onCloseTag(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { title: reader.titleStyled ?? reader.firstHeading, blocks: [...reader.body.finish(), ...reader.notes.finish()] };
}
