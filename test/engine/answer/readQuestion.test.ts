// Reading a question: its language, the kind of answer it wants, and the concepts to look for.
import { describe, expect, it } from 'vitest';
import { bundledGlossary } from '../../../src/engine/analysis/glossary.ts';
import { detectLanguage, type QueryConcept, readQuestion } from '../../../src/engine/answer/readQuestion.ts';

const glossary = bundledGlossary();
const read = (question: string) => readQuestion(question, glossary);
const concept = (question: string, label: string): QueryConcept => {
  const found = read(question).concepts.find((c) => c.label === label);
  if (!found) throw new Error(`no concept "${label}" in ${JSON.stringify(read(question).concepts.map((c) => c.label))}`);
  return found;
};
const firstTerms = (question: string) => read(question).concepts.map((c) => c.alternatives[0]?.terms.join(' '));

describe('language', () => {
  it.each<[string, 'fr' | 'en']>([
    ['Quand la Manche a-t-elle signé avec Séoul ?', 'fr'],
    ["Qu'est-ce que le FabLab Solidaire ?", 'fr'],
    ['combien de prises éligibles dans le gers', 'fr'],
    ['Orange Business Services', 'fr'], // nothing tells: French, the corpus language
    ['Who signed the agreement with Orange?', 'en'],
    ['How many sites will be connected in Paris?', 'en'],
    ['When was the agreement with Seoul signed?', 'en'],
    ['Where is Valence-sur-Baïse?', 'en'],
  ])('%s → %s', (question, language) => {
    expect(detectLanguage(question)).toBe(language);
    expect(read(question).language).toBe(language);
  });
});

describe('answer type', () => {
  it.each<[string, string]>([
    ['Quand la Manche a-t-elle signé avec Séoul ?', 'date'],
    ['QUAND LA MANCHE A-T-ELLE SIGNÉ ?', 'date'],
    ['En quelle année Séoul a-t-elle été consacrée meilleure ubiquitous-city ?', 'date'],
    ['Depuis quand Séoul est-elle une u-city ?', 'date'],
    ["Combien d'emplois ont créé les start-ups parisiennes ?", 'number'],
    ['Orange a combien de salariés ?', 'number'],
    ['Combien de temps durera la coopération avec Séoul ?', 'duration'],
    ['Quelle est la durée de la coopération avec Séoul ?', 'duration'],
    ['Quel pourcentage des habitants accède au haut débit ?', 'percent'],
    ['Quelle est la part de la population couverte ?', 'percent'],
    ['Qui dirige Gers Numérique ?', 'person'],
    ['Qui est Didier Laguerre ?', 'person'],
    ['Où se situe Mignaut-Tauzia ?', 'place'],
    ['Dans quelle ville se trouvait Jérôme Barré ?', 'place'],
    ["Qu'est-ce que le THD ?", 'definition'],
    ["Qu’est-ce qu’une u-city ?", 'definition'],
    ['Que signifie FTTH ?', 'definition'],
    ['Combientième ville de France est Fort-de-France ?', 'ordinal'],
    ['Quelles entreprises ont été visitées par Jérôme Barré ?', 'organisation'],
    ['À quelle fréquence la Manche reçoit-elle des émissaires ?', 'frequency'],
    ['Orange a-t-il raccordé les incubateurs ?', 'other'],
  ])('%s → %s', (question, type) => {
    expect(read(question).answerType).toBe(type);
  });

  it.each<[string, string]>([
    ['When was the agreement with Seoul signed?', 'date'],
    ['How many sites will be connected?', 'number'],
    ['How long is the partnership between the Manche and Seoul?', 'duration'],
    ['What percentage of the population can access broadband?', 'percent'],
    ['Who signed the agreement with Orange?', 'person'],
    ['Where is Valence-sur-Baïse?', 'place'],
    ['What is an ubiquitous-city?', 'definition'],
    ['Which company signed with Paris?', 'organisation'],
  ])('English: %s → %s', (question, type) => {
    expect(read(question).answerType).toBe(type);
  });
});

describe('lists', () => {
  it.each<[string, boolean]>([
    ['Quels territoires utilisent la fibre ?', true],
    ['Quelles entreprises ont été visitées par Jérôme Barré ?', true],
    ["Quels sont les partenaires d'Orange ?", true],
    ['Which cities signed a partnership with Orange?', true],
    ['Quel territoire utilise la fibre ?', false],
    ['Qui dirige Gers Numérique ?', false],
  ])('%s → wantsList %s', (question, list) => {
    expect(read(question).wantsList).toBe(list);
  });
});

describe('concepts', () => {
  it('drops question words, stopwords and clitics', () => {
    expect(firstTerms('Quand la Manche a-t-elle signé avec Séoul ?')).toEqual(['manch', 'sign', 'seoul']);
    expect(firstTerms('Où se situe Mignaut-Tauzia ?')).toEqual(['mignaut-tauzia']);
  });

  it('flags capitalised names that are not at the start of the question as entities', () => {
    const q = 'Quand la Manche a-t-elle signé avec Séoul ?';
    expect(concept(q, 'Manche').entity).toBe(true);
    expect(concept(q, 'Séoul').entity).toBe(true);
    expect(concept(q, 'signé').entity).toBe(false);
    // the first word of a question is capitalised by grammar, not because it is a name
    expect(concept('Orange a combien de salariés ?', 'Orange').entity).toBe(false);
    expect(concept('Combien de salariés compte Orange ?', 'Orange').entity).toBe(true);
    // codes count as names, lowercase words do not
    expect(concept('Quel est le budget de la 5G en Lozère ?', '5G').entity).toBe(true);
    expect(concept('combien de prises éligibles dans le gers', 'gers').entity).toBe(false);
  });

  it('reads a hyphenated name as one concept: the whole name or its words', () => {
    const c = concept('Où se situe Mignaut-Tauzia ?', 'Mignaut-Tauzia');
    expect(c.alternatives.map((a) => a.terms)).toEqual([['mignaut-tauzia'], ['mignaut', 'tauzia']]);
    expect(c.entity).toBe(true);
  });

  it('adds glossary synonyms at a lower factor: THD ↔ très haut débit', () => {
    const thd = concept("Qu'est-ce que le THD ?", 'THD');
    expect(thd.alternatives).toEqual([
      { terms: ['thd'], factor: 1 },
      { terms: ['haut', 'debit'], factor: 0.8 },
    ]);
    const spelled = read('Quel pourcentage des habitants accède au très haut débit ?').concepts.find((c) => c.label === 'haut débit');
    expect(spelled?.alternatives.map((a) => a.terms.join(' '))).toEqual(['haut debit', 'thd']);
  });

  it('weighs down the noun that names the kind of answer ("quelle entreprise")', () => {
    const q = 'Quelles entreprises ont été visitées par Jérôme Barré ?';
    expect(concept(q, 'entreprises').weight).toBeLessThan(1);
    expect(concept(q, 'visitées').weight).toBe(1);
  });

  it('marks what "combien de" counts', () => {
    expect(concept("Combien d'emplois ont créé les start-ups parisiennes ?", 'emplois').counted).toBe(true);
    expect(concept('Orange a combien de salariés ?', 'salariés').counted).toBe(true);
    expect(concept('Orange a combien de salariés ?', 'Orange').counted).toBeUndefined();
  });

  it('counts a concept typed twice once', () => {
    expect(firstTerms('fibre fibre Gers fibres')).toEqual(['fibr', 'gers']);
  });

  it('has no concepts for punctuation or question words only', () => {
    expect(read('?!').concepts).toEqual([]);
    expect(read('Quand ? Où ? Qui ?').concepts).toEqual([]);
  });
});

describe('English questions searched in French', () => {
  it('maps "agreement" to accord / convention (and their synonyms)', () => {
    const c = concept('When was the agreement with Seoul signed?', 'agreement');
    const alternatives = c.alternatives.map((a) => a.terms.join(' '));
    expect(alternatives.slice(0, 2)).toEqual(['accord', 'convention']);
    expect(alternatives).toContain('partenariat');
    expect(c.entity).toBe(false);
  });

  it('maps English words to French terms, lemmatising plurals and past tenses', () => {
    expect(concept('Who is the mayor of Paris?', 'mayor').alternatives[0]?.terms).toEqual(['mair']);
    expect(concept('Who signed the agreement with Orange?', 'signed').alternatives[0]?.terms).toEqual(['sign']);
    expect(concept('How many employees does Orange have?', 'employees').alternatives[0]?.terms).toEqual(['salari']);
    expect(concept('What percentage of the population can access broadband?', 'broadband').alternatives[0]?.terms).toEqual(['haut', 'debit']);
  });

  it('drops English stopwords and question words, keeps names as entities', () => {
    const q = read('When was the agreement with Seoul signed?');
    expect(q.concepts.map((c) => c.label)).toEqual(['agreement', 'Seoul', 'signed']);
    expect(concept('When was the agreement with Seoul signed?', 'Seoul')).toMatchObject({ entity: true, alternatives: [{ terms: ['seoul'], factor: 1 }] });
  });

  it('passes French names through: "Valence-sur-Baïse"', () => {
    const c = concept('Where is Valence-sur-Baïse?', 'Valence-sur-Baïse');
    expect(c.alternatives[0]?.terms).toEqual(['valence-sur-bais']);
    expect(c.entity).toBe(true);
  });

  it('reads an unknown hyphenated English word word by word ("fibre-eligible")', () => {
    const labels = read('How many fibre-eligible homes are in the Gers?').concepts.map((c) => c.label);
    expect(labels).toContain('fibre');
    expect(labels).toContain('Gers');
  });
});
