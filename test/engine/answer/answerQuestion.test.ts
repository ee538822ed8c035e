// End to end over the shipped corpus: the engine picks the passage that answers, or says honestly
// that the corpus does not. Questions are written for this file (not those of the public eval set).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import type { Answer } from '../../../src/engine/answer/answer.ts';
import { RelaisEngine } from '../../../src/engine/relaisEngine.ts';
import { UserError } from '../../../src/engine/userError.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const FORT_DE_FRANCE = 'corpus/000_dd735be49553672e.txt';
const PARIS = 'corpus/001_f9e0d76738ee284f.txt';
const GERS = 'corpus/002_dc55de66c2507726.txt';
const MANCHE = 'corpus/003_b0a59d27816c901e.txt';
const ATELIERS = 'corpus/004_e2f5720054723137.txt';

let engine: RelaisEngine;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'relais-answer-'));
  engine = await RelaisEngine.open({ corpusDir: path.join(repoRoot, 'corpus'), dataDir, useSnapshot: false });
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function expectAnswer(answer: Answer, source: string, wanted: string): void {
  expect(answer.answered, JSON.stringify(answer.unanswered)).toBe(true);
  const top = answer.facts[0];
  expect(top?.source).toBe(source);
  expect(top?.excerpt).toContain(wanted);
}

describe('answer types pick the passage that holds the answer', () => {
  it.each<[question: string, type: string, source: string, wanted: string]>([
    // dates
    ['À quelle date la convention entre la Ville et Orange Antilles Guyane a-t-elle été signée ?', 'date', FORT_DE_FRANCE, '6 avril 2018'],
    ['En quelle année Séoul a-t-elle été consacrée meilleure ubiquitous-city ?', 'date', MANCHE, 'depuis 2003'],
    ['Quand la Manche accueillera-t-elle les émissaires coréens ?', 'date', MANCHE, 'du 17 au 19 juin'],
    // numbers
    ["Combien d'emplois ont créé les start-ups hébergées à Paris ?", 'number', PARIS, '3000 emplois'],
    ['Dans combien de pays Orange est-il présent ?', 'number', FORT_DE_FRANCE, '29 pays'],
    ['Combien de clients compte Orange dans le monde ?', 'number', FORT_DE_FRANCE, '273 millions de clients'],
    ['Combien de chantiers sont en cours dans le Gers ?', 'number', GERS, 'quatorze en cours'],
    // persons
    ['Qui est le premier adjoint au maire de Fort-de-France ?', 'person', FORT_DE_FRANCE, 'Yvon Pacquit, 1er adjoint'],
    ["Qui est la déléguée régionale d'Orange en Martinique ?", 'person', FORT_DE_FRANCE, 'Line Durpès'],
    ['Qui préside le département du Gers ?', 'person', GERS, 'Philippe Martin, président du Département du Gers'],
    // places
    ['Dans quelle ville se trouvait Jérôme Barré pour rencontrer les entreprises locales ?', 'place', GERS, 'Valence-sur-Baïse'],
    ['Où se tenait la première étape du tour de France des Ateliers ?', 'place', ATELIERS, 'à Angers'],
    // durations, percentages, definitions
    ["Combien de temps dure l'accord de la Manche avec Séoul ?", 'duration', MANCHE, '2 ans'],
    ['Quelle part de la population manchoise a accès au haut débit ?', 'percent', MANCHE, '99.96%'],
    ["Qu'est-ce que le FabLab Solidaire ?", 'definition', FORT_DE_FRANCE, 'FabLab Solidaire dédié à la robotique'],
  ])('%s', async (question, type, source, wanted) => {
    const answer = await engine.ask(question);
    expect(answer.answerType).toBe(type);
    expect(answer.language).toBe('fr');
    expectAnswer(answer, source, wanted);
  });
});

describe('English questions answered from the French corpus', () => {
  it.each<[question: string, source: string, wanted: string]>([
    ['Who is the director of Gers Numérique?', GERS, 'Romain Gabrielli'],
    ['How many companies are concerned by the agreement in Paris?', PARIS, '1500 entreprises'],
    ['Where is Valence-sur-Baïse?', GERS, 'Valence-sur-Baïse'],
    ['Who is the mayor of Fort-de-France?', FORT_DE_FRANCE, 'Didier LAGUERRE'],
  ])('%s', async (question, source, wanted) => {
    const answer = await engine.ask(question);
    expect(answer.language).toBe('en');
    expectAnswer(answer, source, wanted);
  });
});

describe('no answer', () => {
  it.each<[question: string, missing: string[]]>([
    ['Quel est le budget de la fibre à Toulouse ?', ['Toulouse']],
    ['Combien de salariés compte Axione ?', ['Axione']],
    ["Combien d'habitants compte Marseille ?", ['Marseille']],
    ['Quel est le chiffre d’affaires de Google ?', ['Google']],
    // typed in lowercase after a preposition of place, a word no dictionary lists is a place all the same
    ['combien de prises raccordables dans le morbihan ?', ['morbihan']],
    ['how many homes have fibre in carhaix?', ['carhaix']],
    ['quel budget pour la fibre sur brest', ['brest']],
    ['what is the fibre budget for quimper', ['quimper']],
    // a search-box question names its place bare; one that reads as a glued elision ("l'aval") is asked as typed
    ['budget fibre brest', ['brest']],
    ['budget fibre laval', ['laval']],
    ['prises fibre à lorient', ['lorient']],
  ])('a place or company the corpus never mentions: %s', async (question, missing) => {
    const answer = await engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.facts).toEqual([]);
    expect(answer.unanswered).toEqual({ reason: 'unknown-terms', missing });
  });

  it('lists nothing of a category the corpus never names, though its thesaurus neighbours are there', async () => {
    const answer = await engine.ask('Quelles maladies touchent les habitants ?');
    expect(answer.answered).toBe(false);
    expect(answer.unanswered).toEqual({ reason: 'unknown-terms', missing: ['maladies'] });
  });

  it('still answers about a place the corpus names, typed in lowercase, and reads slang as words', async () => {
    expectAnswer(await engine.ask('combien de personnes sur les chantiers dans le gers ?'), GERS, '163 personnes');
    // "keums" is in no dictionary but follows no preposition of place: a word, not a place
    const slang = await engine.ask('combien de keums sur les chantiers dans le gers ?');
    expect(slang.unanswered?.reason).not.toBe('unknown-terms');
    // a derived word the lexicon lacks, bare in a search-box question, is a word too
    const derived = await engine.ask('chantiers fibre gers personnes redéployables');
    expect(derived.unanswered?.reason).not.toBe('unknown-terms');
  });

  it('says no to a question about something else entirely', async () => {
    for (const question of ['Quelle est la recette de la tarte tatin ?', 'Comment réinitialiser mon mot de passe Slack ?']) {
      const answer = await engine.ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.facts).toEqual([]);
    }
  });

  it('says no when half the words of the question are unknown to the corpus', async () => {
    // "météo" no release says; "demain" alone matched a sentence at exactly the answer bar.
    const answer = await engine.ask('quelle est la météo demain');
    expect(answer.answered).toBe(false);
    expect(answer.unanswered).toEqual({ reason: 'unknown-terms', missing: ['météo'] });
  });

  it('says no when the words are known but nothing answers ("prix de la fibre dans la Manche")', async () => {
    const answer = await engine.ask('Quel est le prix de la fibre dans la Manche ?');
    expect(answer.answered).toBe(false);
    expect(answer.unanswered?.reason).toBe('weak-match');
  });

  it('lists related documents when some words matched', async () => {
    const answer = await engine.ask('Quel est le budget de la fibre à Toulouse ?');
    expect(answer.answered).toBe(false);
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.related.length).toBeLessThanOrEqual(3);
    for (const r of answer.related) {
      expect(r.source).toMatch(/^corpus\/00\d_[0-9a-f]+\.txt$/);
      expect(r.title.length).toBeGreaterThan(0);
    }
    expect(new Set(answer.related.map((r) => r.source)).size).toBe(answer.related.length);
  });

  it('answers "no terms" for a question made of question words only', async () => {
    const answer = await engine.ask('Quand ? Où ? Qui ?');
    expect(answer).toMatchObject({
      answered: false,
      facts: [],
      related: [],
      confidence: 0,
      unanswered: { reason: 'no-terms', missing: [] },
    });
  });

  it('rejects a punctuation-only question with a UserError', async () => {
    for (const question of ['?!?', '   ', '… « » —']) {
      await expect(engine.ask(question)).rejects.toThrow(UserError);
      try {
        await engine.ask(question);
      } catch (error) {
        expect((error as UserError).code).toBe('empty-question');
      }
    }
  });

  it('rejects a 600-character question with UserError "question-too-long"', async () => {
    const long =
      `Combien de prises sont éligibles à la fibre dans le Gers ${'et dans les communes voisines '.repeat(20)}`.slice(0, 599) + '?';
    expect(long).toHaveLength(600);
    let caught: unknown;
    try {
      await engine.ask(long);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe('question-too-long');
    expect((caught as UserError).message).toContain('600');
    expect((caught as UserError).message).toContain('500');
  });
});

describe('several sources', () => {
  it('cites both Orange partnerships (Fort-de-France and Paris) for a list question', async () => {
    const answer = await engine.ask('Avec quels territoires Orange a-t-il signé un partenariat ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts.length).toBeGreaterThanOrEqual(2);
    const cited = new Set(answer.facts.map((f) => f.source));
    expect(cited).toContain(FORT_DE_FRANCE);
    expect(cited).toContain(PARIS);
  });

  it('does the same for the English question', async () => {
    const answer = await engine.ask('Which cities signed a partnership with Orange?');
    expect(answer.language).toBe('en');
    const cited = new Set(answer.facts.slice(0, 3).map((f) => f.source));
    expect(cited).toContain(FORT_DE_FRANCE);
    expect(cited).toContain(PARIS);
  });
});

describe('facts', () => {
  const questions = [
    'Avec quels territoires Orange a-t-il signé un partenariat ?',
    'Qui est le premier adjoint au maire de Fort-de-France ?',
    "Combien d'emplois ont créé les start-ups hébergées à Paris ?",
    'Combien de clients compte Orange dans le monde ?',
    'Who is the director of Gers Numérique?',
  ];

  it('keep excerpts to 400 characters and highlight words of the excerpt', async () => {
    for (const question of questions) {
      const answer = await engine.ask(question);
      expect(answer.facts.length).toBeGreaterThan(0);
      for (const fact of answer.facts) {
        expect(fact.excerpt.length).toBeLessThanOrEqual(400);
        let previousEnd = -1;
        for (const h of fact.highlights) {
          expect(h.start).toBeGreaterThan(previousEnd);
          expect(h.end).toBeLessThanOrEqual(fact.excerpt.length);
          const word = fact.excerpt.slice(h.start, h.end);
          // a highlight is whole words: it analyses to terms and does not cut a word in two
          expect(analyzeFrenchTerms(word).length, `${question} → "${word}"`).toBeGreaterThan(0);
          expect(fact.excerpt[h.start - 1] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
          expect(fact.excerpt[h.end] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
          previousEnd = h.end;
        }
      }
    }
  });

  it('highlight the words that matched the question', async () => {
    const fact = (await engine.ask('Qui est le premier adjoint au maire de Fort-de-France ?')).facts[0];
    const words = fact?.highlights.map((h) => fact.excerpt.slice(h.start, h.end));
    expect(words).toEqual(expect.arrayContaining(['Fort-de-France', '1er', 'adjoint', 'maire']));
  });

  it('carry source "corpus/<file>", title and date', async () => {
    const answer = await engine.ask('À quelle date la convention entre la Ville et Orange Antilles Guyane a-t-elle été signée ?');
    const top = answer.facts[0];
    expect(top).toMatchObject({
      source: FORT_DE_FRANCE,
      title: "Fort-de-France Smart City: La Ville et Orange s'engagent!",
      date: '2018-04-06',
    });
    expect(top?.score).toBeGreaterThan(0);
    for (const fact of answer.facts) expect(fact.source).toMatch(/^corpus\/[^/]+\.txt$/);
    const paris = (await engine.ask('Avec quels territoires Orange a-t-il signé un partenariat ?')).facts.find((f) => f.source === PARIS);
    expect(paris?.title).toBe('Paris incube la fibre optique d’Orange');
    expect(paris?.date).toBeUndefined(); // 001 gives no full date
  });

  it('come best first', async () => {
    const scores = (await engine.ask('Combien de clients compte Orange dans le monde ?')).facts.map((f) => f.score);
    expect(scores[0]).toBe(Math.max(...scores));
  });

  it('report confidence between 0 and 1', async () => {
    for (const question of questions) {
      const { confidence } = await engine.ask(question);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('never cite a fact without a highlighted word, nor one sentence twice', async () => {
    // Regression: a neighbour passage matching only through its context used to come back as a second
    // fact repeating the sentence before it, with nothing highlighted.
    for (const question of [
      'Où se tenait la première étape du tour de France des Ateliers ?',
      'Quelle part de la population manchoise a accès au haut débit ?',
    ]) {
      const facts = (await engine.ask(question)).facts;
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) expect(fact.highlights.length, `${question}: ${fact.excerpt}`).toBeGreaterThan(0);
      for (const [i, fact] of facts.entries()) {
        for (const other of facts.slice(i + 1)) {
          expect(other.excerpt.includes(fact.excerpt) || fact.excerpt.includes(other.excerpt)).toBe(false);
        }
      }
    }
  });

  // Engine bug (see report): when buildExcerpt joins the sentence before ("Il s'agit d'un cercle fermé…" leans on
  // the heading "Ubiquitous-city, de quoi s'agit-il ?"), the words that matched in that context are not
  // highlighted: highlights come from the passage's own matched terms only, so the answer shows none.
  it('highlight the matched word when it sits in the joined sentence before', async () => {
    const top = (await engine.ask("Qu'appelle-t-on une ubiquitous-city ?")).facts[0];
    expect(top?.excerpt).toContain('cercle fermé mondial');
    expect(top?.highlights.map((h) => top.excerpt.slice(h.start, h.end))).toContain('Ubiquitous-city');
  });
});

describe('telephone numbers', () => {
  it('answers "quel numéro" with the number to call, in French and English', async () => {
    expectAnswer(await engine.ask('Quel est le numéro de téléphone du contact presse de Manche Numérique ?'), MANCHE, '02 33 77 83 80');
    expectAnswer(await engine.ask("What's the phone number of the Manche Numérique press contact?"), MANCHE, '02 33 77 83 80');
  });
});

describe('spelling', () => {
  it('finds "personnes" for the typo "presonnes"', async () => {
    const answer = await engine.ask('Combien de presonnes sont mobilisées sur les chantiers ?');
    expectAnswer(answer, GERS, '163 personnes');
    const fact = answer.facts[0];
    expect(fact?.highlights.map((h) => fact.excerpt.slice(h.start, h.end))).toContain('personnes');
  });

  it('corrects a word spelt by ear to the one that sounds the same, but a name only by a letter swapped', async () => {
    expectAnswer(await engine.ask('Combien de persones sont mobilizées sur les chantié ?'), GERS, '163 personnes');
    // One letter for another of the same sound, the length kept: the place the corpus names.
    expectAnswer(await engine.ask('qui préside le département du Gerz ?'), GERS, 'Philippe Martin');
    // A letter added that keeps the sound: a place the corpus never mentions, refused.
    const absent = await engine.ask('qui préside le département du Gerce ?');
    expect(absent.answered).toBe(false);
    expect(absent.unanswered?.reason).toBe('unknown-terms');
  });

  it('corrects a slip of the keyboard in a word, and in a name only a doubled or swapped letter', async () => {
    expectAnswer(await engine.ask('Combien de personnnes sont mobilisées sur les chantiers ?'), GERS, '163 personnes');
    const swapped = await engine.ask('Avec quelle ville la Mnache coopère-t-elle ?');
    expect(swapped.answered).toBe(true);
    expect(swapped.facts[0]?.source).toBe(MANCHE);
    // A letter struck for another in a name is another name: refused as one the corpus never mentions.
    const other = await engine.ask('Avec quelle ville la Mancho coopère-t-elle ?');
    expect(other.answered).toBe(false);
    expect(other.unanswered?.reason).toBe('unknown-terms');
  });

  it('answers the same without accents or capitals', async () => {
    const a = await engine.ask('qui preside le departement du gers');
    expectAnswer(a, GERS, 'Philippe Martin');
  });
});

describe('known limits of question reading', () => {
  // Engine bug (see report): "Quelle est la date de…" is not read as a date question (the rule only knows
  // "quelle date"), so the passage holding "6 avril 2018" loses to another one about the signature.
  it('reads "Quelle est la date de signature…" as a date question', async () => {
    const answer = await engine.ask('Quelle est la date de signature de la convention entre Fort-de-France et Orange ?');
    expect(answer.answerType).toBe('date');
    expectAnswer(answer, FORT_DE_FRANCE, '6 avril 2018');
  });
});
