// Small property files of office documents (docProps/core.xml, meta.xml): the text of named elements.
import { Parser } from 'htmlparser2';

/** Every text of each element named in `names` (qualified names as written, e.g. "dc:title"), in document order. */
export function xmlFieldTexts(xml: string, names: readonly string[]): Map<string, string[]> {
  const wanted = new Set(names);
  const found = new Map<string, string[]>();
  const open: Array<{ name: string; text: string }> = [];
  const parser = new Parser(
    {
      onopentag(name) {
        if (wanted.has(name)) open.push({ name, text: '' });
      },
      ontext(text) {
        for (const element of open) element.text += text;
      },
      onclosetag(name) {
        if (!wanted.has(name)) return;
        const element = open.pop();
        if (element === undefined) return;
        found.set(element.name, [...(found.get(element.name) ?? []), element.text.trim()]);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return found;
}
