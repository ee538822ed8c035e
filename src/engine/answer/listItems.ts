// "Le calendrier de déploiement est le suivant :" says nothing by itself: its items do. A passage that
// opens a list is quoted with the items that hang from it, as many as an excerpt holds.
import type { Passage } from '../search/splitPassages.ts';

/** The items of the list a passage opens, in order: the passages right after it whose context it is. */
export function listItems(passages: readonly Passage[], k: number): Passage[] {
  const intro = passages[k];
  if (!intro || !/:\s*$/.test(intro.text)) return [];
  const items: Passage[] = [];
  for (let i = k + 1; i < passages.length && passages[i]!.contextId === intro.id; i++) items.push(passages[i]!);
  return items;
}

/** The list's opening and its first items, joined, within `maxLength` characters; the opening alone when none fits. */
export function withListItems(passages: readonly Passage[], k: number, maxLength: number): string {
  const intro = passages[k]!.text;
  let text = intro;
  for (const item of listItems(passages, k)) {
    if (text.length + 1 + item.text.length > maxLength) break;
    text = `${text} ${item.text}`;
  }
  return text;
}
