// The excerpt a reader sees: the passage, joined to the sentence before when it leans on it, cut to a
// window of at most 400 characters around the matched words, with highlights computed on the cut text.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { buildExcerpt, highlightTerms, MAX_EXCERPT_LENGTH, quotedWithContext } from '../../../src/engine/answer/buildExcerpt.ts';
import type { Passage } from '../../../src/engine/search/splitPassages.ts';

const passage = (text: string, context = '', kind: Passage['kind'] = 'sentence'): Passage =>
  ({ id: 1, doc: 0, kind, text, context, contextId: context ? 0 : -1 }) as Passage;
const terms = (...words: string[]) => new Set(words.flatMap((w) => analyzeFrenchTerms(w)));
const highlighted = (excerpt: { text: string; highlights: Array<{ start: number; end: number }> }) =>
  excerpt.highlights.map((h) => excerpt.text.slice(h.start, h.end));

// The "A propos d'Orange" paragraph of 000, as one long passage (783 characters).
const ABOUT_ORANGE =
  "Orange est l'un des principaux opérateurs de télécommunications dans le monde, avec un chiffre d'affaires de 41 milliards d'euros en 2017 et 152 000 salariés au 31 décembre 2017, dont 93 000 en France. " +
  'Présent dans 29 pays, le Groupe servait 273 millions de clients dans le monde au 31 décembre 2017, dont 211 millions de clients mobile et 20 millions de clients haut débit fixe. ' +
  "Orange est également l'un des leaders mondiaux des services de télécommunications aux entreprises multinationales sous la marque Orange Business Services. " +
  "En mars 2015, le Groupe a présenté son nouveau plan stratégique « Essentiels2020 » qui place l'expérience de ses clients au cœur de sa stratégie, afin que ceux-ci puissent bénéficier pleinement du monde numérique et de la puissance de ses réseaux très haut débit.";

describe('buildExcerpt', () => {
  it('returns a short passage whole, with its matched words highlighted', () => {
    const text = 'Un chantier parmi les quatorze en cours qui mobilisent 163 personnes à temps plein aux quatre coins du département.';
    const excerpt = buildExcerpt(passage(text), terms('personnes', 'chantier'));
    expect(excerpt.text).toBe(text);
    expect(highlighted(excerpt)).toEqual(['chantier', 'personnes']);
  });

  it('cuts a passage over 400 characters to a window around the matched words, with ellipses', () => {
    expect(ABOUT_ORANGE.length).toBeGreaterThan(700);
    const matched = terms('Essentiels2020', 'stratégique', 'plan');
    const excerpt = buildExcerpt(passage(ABOUT_ORANGE), matched);
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text).toContain('« Essentiels2020 »');
    // the window is cut at word boundaries: the text after the ellipsis is a piece of the passage
    const inner = excerpt.text.replace(/^…/, '').replace(/…$/, '');
    expect(ABOUT_ORANGE).toContain(inner);
    expect(ABOUT_ORANGE[ABOUT_ORANGE.indexOf(inner) - 1]).toBe(' ');
  });

  it('recomputes highlights on the cut text', () => {
    const excerpt = buildExcerpt(passage(ABOUT_ORANGE), terms('Essentiels2020', 'stratégique'));
    expect(excerpt.highlights.length).toBeGreaterThan(0);
    for (const h of excerpt.highlights) {
      expect(h.end).toBeLessThanOrEqual(excerpt.text.length);
      expect(analyzeFrenchTerms(excerpt.text.slice(h.start, h.end)).some((t) => terms('Essentiels2020', 'stratégique').has(t))).toBe(true);
    }
    expect(highlighted(excerpt)).toEqual(expect.arrayContaining(['stratégique', 'Essentiels2020']));
  });

  it('keeps the start when the matched words are near the start, and ends with an ellipsis', () => {
    const excerpt = buildExcerpt(passage(ABOUT_ORANGE), terms('opérateurs', 'salariés', 'chiffre'));
    expect(excerpt.text.startsWith("Orange est l'un des principaux")).toBe(true);
    expect(excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(highlighted(excerpt)).toEqual(['opérateurs', 'chiffre', 'salariés']);
  });

  it('leaves up to 60 characters before the first matched word', () => {
    const excerpt = buildExcerpt(passage(ABOUT_ORANGE), terms('salariés', 'chiffre'));
    expect(excerpt.text).toMatch(/^…opérateurs de télécommunications dans le monde, avec un chiffre d'affaires/);
    expect(highlighted(excerpt)).toEqual(['chiffre', 'salariés']);
  });

  it('cuts a long passage with nothing matched to its first 400 characters', () => {
    const excerpt = buildExcerpt(passage(ABOUT_ORANGE), new Set());
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(excerpt.text.startsWith('Orange est')).toBe(true);
    expect(excerpt.highlights).toEqual([]);
  });

  it('joins the sentence before when the passage leans on it ("Il s\'agit…")', () => {
    const excerpt = buildExcerpt(
      passage(
        "Il s'agit d'un cercle fermé mondial qui regroupe les territoires les plus avancés en matière de nouvelles technologies.",
        "Ubiquitous-city, de quoi s'agit-il ?",
      ),
      terms('cercle'),
    );
    expect(excerpt.text).toBe(
      "Ubiquitous-city, de quoi s'agit-il ? Il s'agit d'un cercle fermé mondial qui regroupe les territoires les plus avancés en matière de nouvelles technologies.",
    );
    expect(highlighted(excerpt)).toEqual(['cercle']);
  });

  it('joins the sentence that named the person a description stands for, not a heading', () => {
    const description = 'La vice-présidente chargée des solidarités rappelle que les ateliers sont gratuits.';
    const named = buildExcerpt(passage(description, '« Le minibus va vers eux », explique Martine Roux.'), terms('ateliers'));
    expect(named.text).toBe(`« Le minibus va vers eux », explique Martine Roux. ${description}`);
    expect(buildExcerpt(passage(description, 'Inclusion numérique'), terms('ateliers')).text).toBe(description);
  });

  it('does not join when the passage stands alone, or when joining would exceed 400 characters', () => {
    const alone = buildExcerpt(
      passage('La Manche accueillera deux « émissaires » coréens du 17 au 19 juin.', 'Pour conclure ce partenariat.'),
      terms('émissaires'),
    );
    expect(alone.text).toBe('La Manche accueillera deux « émissaires » coréens du 17 au 19 juin.');
    const leaning = 'Il permettra ainsi de créer des opportunités.';
    const tooLong = buildExcerpt(passage(leaning, ABOUT_ORANGE.slice(0, 380)), terms('opportunités'));
    expect(tooLong.text).toBe(leaning);
  });
});

describe('highlightTerms', () => {
  it('merges neighbouring spans and keeps the offsets of the text', () => {
    const text = 'La Ville de Fort-de-France a signé ce vendredi 6 avril 2018 une convention';
    const spans = highlightTerms(text, terms('Fort-de-France', 'convention'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Fort-de-France', 'convention']);
  });

  it('matches accents and forms through the analyser', () => {
    const text = 'Les débits sont garantis et les réseaux symétriques.';
    expect(highlightTerms(text, terms('DEBIT', 'réseau')).map((s) => text.slice(s.start, s.end))).toEqual(['débits', 'réseaux']);
  });
});

describe('buildExcerpt with an empty answer span', () => {
  it('emphasises nothing', () => {
    const passage = {
      id: 0,
      doc: 0,
      kind: 'sentence' as const,
      text: 'Les habitants y apportent leurs tablettes en panne.',
      context: '',
      contextId: -1,
    };
    expect(buildExcerpt(passage, new Set(), { start: 0, end: 0 }).answerSpan).toBeUndefined();
  });
});

describe('quotedWithContext', () => {
  it('says which sentences are quoted after the one before them', () => {
    const before = 'La commune a signé une convention avec le syndicat.';
    expect(quotedWithContext(passage('Elle prévoit dix bornes.', before))).toBe(true);
    expect(quotedWithContext(passage('La commune prévoit dix bornes.', before))).toBe(false);
    expect(quotedWithContext(passage('Elle prévoit dix bornes.'))).toBe(false);
  });
});
