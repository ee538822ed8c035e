import { describe, expect, it } from 'vitest';
import { presentFacts, withoutStrayQuotes } from '../../commands/presentFacts.ts';
import type { Answer, Fact } from '../../src/engine/index.ts';

function fact(excerpt: string, source: string, more: Partial<Fact> = {}): Fact {
  return { source, title: `Titre de ${source}`, excerpt, highlights: [], score: 1, ...more };
}

function answer(facts: Fact[], more: Partial<Answer> = {}): Answer {
  return { question: 'q', answered: true, language: 'fr', answerType: 'other', facts, related: [], confidence: 1, ...more };
}

const span = (excerpt: string, part: string) => ({ start: excerpt.indexOf(part), end: excerpt.indexOf(part) + part.length });

describe('presentFacts', () => {
  it('keeps one fact when the lead holds the one thing asked for and the others come from the same release', () => {
    const lead = 'Le président du syndicat, Hervé Lemoine, a inauguré le nœud de raccordement.';
    const facts = [
      fact(lead, 'a', { answerSpan: span(lead, 'Hervé Lemoine') }),
      fact('Solène Caradec, vice-présidente, a salué le travail des équipes.', 'a', { answerSpan: { start: 0, end: 12 } }),
      fact("Yann Le Goff, directeur de l'opérateur, a rappelé le calendrier.", 'a', { answerSpan: { start: 0, end: 11 } }),
    ];
    expect(presentFacts(answer(facts, { answerType: 'person' })).map((f) => f.excerpt)).toEqual([lead]);
  });

  it('keeps an answer from another release as a further fact', () => {
    const facts = [
      fact('Le réseau compte 4 200 prises dans le Tarn.', 'a', { answerSpan: { start: 17, end: 26 } }),
      fact('Le réseau tarnais comptera bientôt 6 000 prises raccordables selon le syndicat.', 'b', { answerSpan: { start: 37, end: 42 } }),
    ];
    expect(presentFacts(answer(facts, { answerType: 'number' }))).toHaveLength(2);
  });

  it('shows one fact per release for a list question, and never two saying the same', () => {
    const facts = [
      fact("La commune d'Albi et l'opérateur ont signé un partenariat pour raccorder les écoles.", 'a'),
      fact("La commune d'Albi et l'opérateur ont signé une convention de partenariat pour raccorder les écoles.", 'b'),
      fact('La commune de Castres a signé avec le syndicat pour le raccordement de ses collèges.', 'a'),
      fact("Gaillac a signé avec l'opérateur pour équiper sa médiathèque.", 'c'),
    ];
    expect(presentFacts(answer(facts, { wantsList: true })).map((f) => f.source)).toEqual(['a', 'c']);
  });

  it("drops a fact that only repeats its release's title", () => {
    const title = 'Albi raccorde ses écoles à la fibre';
    const facts = [
      fact("Les douze écoles d'Albi seront raccordées à la fibre avant la rentrée.", 'a', { title }),
      fact('Albi raccorde ses écoles à la fibre.', 'a', { title }),
    ];
    expect(presentFacts(answer(facts))).toHaveLength(1);
  });

  it('shows at most three facts', () => {
    const facts = [
      fact('Le Tarn ouvre trois tiers-lieux ruraux cette année.', 'a'),
      fact('Dans la Meuse, deux médiathèques deviennent des espaces numériques.', 'b'),
      fact("L'Ariège forme quarante conseillers numériques itinérants.", 'c'),
      fact("Le Lot-et-Garonne équipe ses refuges d'une connexion satellitaire.", 'd'),
    ];
    expect(presentFacts(answer(facts, { wantsList: true }))).toHaveLength(3);
  });
});

describe('withoutStrayQuotes', () => {
  it('drops an opening quotation mark whose closing one the cut left out, and moves the spans with the text', () => {
    const excerpt = '"Aujourd\'hui, plus de 9.000 foyers sont raccordables dans le canton.';
    const cleaned = withoutStrayQuotes(fact(excerpt, 'a', { answerSpan: span(excerpt, '9.000'), highlights: [span(excerpt, 'foyers')] }));
    expect(cleaned.excerpt).toBe("Aujourd'hui, plus de 9.000 foyers sont raccordables dans le canton.");
    expect(cleaned.excerpt.slice(cleaned.answerSpan!.start, cleaned.answerSpan!.end)).toBe('9.000');
    expect(cleaned.excerpt.slice(cleaned.highlights[0]!.start, cleaned.highlights[0]!.end)).toBe('foyers');
  });

  it('drops a closing mark left alone at the end, keeps paired ones', () => {
    expect(withoutStrayQuotes(fact('les premiers à relever ce défi. »', 'a')).excerpt).toBe('les premiers à relever ce défi.');
    expect(withoutStrayQuotes(fact('« Nous y sommes », dit la maire.', 'a')).excerpt).toBe('« Nous y sommes », dit la maire.');
    expect(withoutStrayQuotes(fact('"Un réseau public", rappelle-t-il "et ouvert"', 'a')).excerpt).toBe(
      '"Un réseau public", rappelle-t-il "et ouvert"',
    );
  });
});
