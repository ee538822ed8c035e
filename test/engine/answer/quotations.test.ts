// A quotation over several sentences is read as one: its sentences are neighbours, and the speaker
// named after the last one speaks for all of them.
import { describe, expect, it } from 'vitest';
import { quotationGroups, quotationMembers } from '../../../src/engine/answer/quotations.ts';

const release = [
  'Le conseil départemental a voté la délégation lundi.',
  "« Nous ne voulions pas d'un territoire à deux vitesses.",
  'Les hameaux ont autant besoin de débit que les villes.',
  'Ils attendent depuis trop longtemps », a déclaré la présidente du Département.',
  'Les travaux commencent en octobre.',
  "« C'est une première », se réjouit le maire.",
];

describe('quotationGroups', () => {
  it("groups the sentences of a quotation, the speaker's sentence included", () => {
    const groups = quotationGroups(release);
    expect(quotationMembers(groups, 2)).toEqual([1, 2, 3]);
    expect(quotationMembers(groups, 3)).toEqual([1, 2, 3]);
  });

  it('leaves sentences outside quotations, and one-sentence quotations, alone', () => {
    const groups = quotationGroups(release);
    expect(quotationMembers(groups, 0)).toEqual([]);
    expect(quotationMembers(groups, 4)).toEqual([]);
    expect(quotationMembers(groups, 5)).toEqual([]);
  });

  it('gives up on a quotation mark left open after a few sentences', () => {
    const open = ['« Le réseau avance.', 'Deux.', 'Trois.', 'Quatre.', 'Cinq.', 'Six.', 'Sept.', 'Huit.'];
    const groups = quotationGroups(open);
    expect(quotationMembers(groups, 7)).toEqual([]);
    expect(quotationMembers(groups, 0).length).toBeLessThanOrEqual(6);
  });
});
