import { describe, expect, it } from 'vitest';
import { TermNumbering } from '../../../src/engine/search/termNumbering.ts';

describe('TermNumbering', () => {
  it('numbers terms in the order they first appear', () => {
    const numbering = new TermNumbering();
    const ids = ['fibr', 'optiqu', 'fibr', 'gers'].map((t) => numbering.idOf(t));
    expect(ids).toEqual([0, 1, 0, 2]);
    expect(numbering.terms).toEqual(['fibr', 'optiqu', 'gers']);
  });

  it('gives a passage each of its terms once', () => {
    const numbering = new TermNumbering();
    // « La fibre arrive : la fibre optique » then « fibre et réseau ».
    const first = ['fibr', 'arriv', 'fibr', 'optiqu'].map((t) => numbering.idIfNewIn(t, 0));
    const second = ['fibr', 'reseau', 'reseau'].map((t) => numbering.idIfNewIn(t, 1));
    expect(first).toEqual([0, 1, -1, 2]);
    expect(second).toEqual([0, 3, -1]);
  });
});
