// Settling a question's words against the corpus: a word the corpus does not use is corrected to the
// one it meant, once per index (the same typo typed again is not looked for again).
import { describe, expect, it } from 'vitest';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import { resolveConcepts } from '../../../src/engine/answer/resolveConcepts.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';
import { InMemoryBackend } from './inMemoryBackend.ts';

const CORPUS: CorpusDocument[] = [
  {
    source: 'essai/causse-fibre.txt',
    file: 'causse-fibre.txt',
    title: 'La fibre arrive sur le Causse',
    tags: [],
    blocks: ['Le syndicat mixte a raccordé 3 412 prises à la fibre optique ; les travaux ont coûté 7,5 millions d’euros.'],
  },
];

/** The backend, counting the frequency look-ups a resolution makes. */
class CountingBackend extends InMemoryBackend {
  lookups = 0;
  override async documentFrequencies(terms: readonly string[]): Promise<Map<string, number>> {
    this.lookups += terms.length;
    return super.documentFrequencies(terms);
  }
}

/** A backend holding one release of one sentence. */
const oneRelease = (file: string, title: string, sentence: string) =>
  new InMemoryBackend([{ source: `essai/${file}`, file, title, tags: [], blocks: [sentence] }]);

const mistyped = () => [queryConcept('syndiact', 'content', [alternative(['syndiact'], 1)])];

describe('resolveConcepts', () => {
  it('does not take a list category the corpus says only through a thesaurus synonym as known ("quels sports")', async () => {
    const sports = (category: boolean) =>
      queryConcept('sports', 'type', [alternative(['sport'], 1), alternative(['exercic'], 0.5, true)], { category });
    const backend = oneRelease('a.txt', 'Cyber', 'Un exercice de crise a testé les sauvegardes de la mairie.');
    expect((await resolveConcepts(backend, [sports(true)]))[0]?.present).toBe(false);
    // any other word keeps its synonyms
    expect((await resolveConcepts(backend, [sports(false)]))[0]?.present).toBe(true);
  });

  it('corrects the word typed, never a thesaurus synonym of it', async () => {
    // "municipal" is absent; its synonym "communal" is two letters from the corpus's "commun" (from "commune")
    const concept = queryConcept('municipal', 'content', [alternative(['municipal'], 1), alternative(['communal'], 0.5, true)]);
    const [resolved] = await resolveConcepts(oneRelease('a.txt', 'Réunion', 'La commune organise une réunion publique.'), [concept]);
    expect(resolved?.present).toBe(false);
  });

  it('corrects a word one slip away to the corpus word, and remembers it for that index', async () => {
    const index = new CountingBackend(CORPUS);
    const first = await resolveConcepts(index, mistyped());
    expect(first[0]?.present).toBe(true);
    expect(first[0]?.alternatives.map((a) => a.terms[0])).toContain('syndicat');
    const lookedUp = index.lookups;
    const again = await resolveConcepts(index, mistyped());
    expect(again[0]?.alternatives).toEqual(first[0]?.alternatives);
    expect(index.lookups - lookedUp).toBeLessThan(lookedUp / 10);
    // another index (a reindex) looks again
    const other = new CountingBackend(CORPUS);
    await resolveConcepts(other, mistyped());
    expect(other.lookups).toBe(lookedUp);
  });

  it('corrects a word spelt by ear with a sound written another way ("lampadères"), two letters from the right one', async () => {
    const concept = queryConcept('lampadères', 'content', [alternative(['lampad'], 1)]);
    const [resolved] = await resolveConcepts(oneRelease('e.txt', 'Éclairage', 'La ville remplace ses lampadaires par des LED.'), [concept]);
    expect(resolved?.present).toBe(true);
  });

  it('says a compound of a learned prefix the corpus never uses by the word after the prefix ("téléconseillers")', async () => {
    const concept = queryConcept('téléconseillers', 'content', [alternative(['teleconseil'], 1)]);
    const backend = oneRelease('g.txt', 'Accueil', 'Deux conseillers répondent aux habitants de Sorrac chaque matin.');
    const [resolved] = await resolveConcepts(backend, [concept]);
    expect(resolved?.present).toBe(true);
    expect(resolved?.alternatives.map((a) => a.terms.join('+'))).toContain('conseil');
    // a name is no compound of a prefix: "Télécourt" is not "court"
    const name = queryConcept('Télécourt', 'name', [alternative(['telecourt'], 1)]);
    const court = oneRelease('h.txt', 'Audience', 'Le tribunal a rendu un avis court.');
    expect((await resolveConcepts(court, [name]))[0]?.present).toBe(false);
  });

  it('corrects no French word the lexicon knows to another the corpus uses ("parle" is no misspelt "parc")', async () => {
    const concept = queryConcept('parle', 'content', [alternative(['parl'], 1)]);
    const [resolved] = await resolveConcepts(oneRelease('f.txt', 'Parc', 'Le parc de Sorrac accueille un guide numérique.'), [concept]);
    expect(resolved?.present).toBe(false);
  });

  it('corrects a programme name with a number in it, typed with a double consonant once', async () => {
    const concept = queryConcept('Colège24', 'name', [alternative(['colege24'], 1)]);
    const [resolved] = await resolveConcepts(oneRelease('b.txt', 'Tablettes', 'Le plan « Collège24 » équipe les élèves de 5e.'), [concept]);
    expect(resolved?.present).toBe(true);
  });

  it('corrects a short name typed with a letter once where the corpus doubles it, and no other short name', async () => {
    const backend = oneRelease('c.txt', 'Antenne', "La commune d'Allex propose un terrain pour l'antenne.");
    const resolved = async (label: string) =>
      (await resolveConcepts(backend, [queryConcept(label, 'name', [alternative([label.toLowerCase()], 1)])]))[0];
    expect((await resolved('Alex'))?.present).toBe(true);
    expect((await resolved('Alex'))?.alternatives[0]?.terms).toEqual(['allex']);
    // A letter added that is no double: another name.
    expect((await resolved('Allexe'))?.present).toBe(false);
  });

  it('corrects a name of six letters typed with two letters swapped, not one of five (absent more often than mistyped)', async () => {
    const backend = oneRelease('g.txt', 'Reprise', 'Le réseau passe aux sociétés Vexin Réseaux et Bréval Fibre.');
    const resolved = async (label: string) =>
      (await resolveConcepts(backend, [queryConcept(label, 'name', [alternative([label.toLowerCase()], 1)])]))[0];
    expect((await resolved('Brévla'))?.alternatives.at(-1)?.terms).toEqual(['breval']);
    expect((await resolved('Vexni'))?.present).toBe(false);
  });
});

describe('resolveConcepts: names spelt by ear and compound names', () => {
  const backend = oneRelease('d.txt', 'Bornes', 'La commune de Saint-Cybard-Pelvoire installe des bornes wifi le long de la Sarlaine.');
  const resolved = async (label: string, terms: string[]) =>
    (await resolveConcepts(backend, [queryConcept(label, 'name', [alternative(terms, 1)])]))[0];

  it('corrects a name spelt by ear inside the word, its first and last letters kept ("Sarlène")', async () => {
    expect((await resolved('Sarlène', ['sarlen']))?.alternatives.at(-1)?.terms).toEqual(['sarlain']);
  });

  it('corrects a name with one letter written for another of its sound, whose stem then ends otherwise ("Arnase")', async () => {
    const backend = oneRelease('v.txt', 'Relais', 'Trois relais 4G couvrent désormais la vallée de l’Arnace et ses hameaux.');
    const name = await resolveConcepts(backend, [queryConcept('Arnase', 'name', [alternative(['arnas'], 1)])]);
    expect(name[0]?.alternatives.at(-1)?.terms).toEqual(['arnac']);
  });

  it('corrects a word spelt by ear to the word it sounds as, not to another one letter from it ("Informatik")', async () => {
    const backend = oneRelease(
      'f.txt',
      'Formation',
      'Le Pôle Informatique forme les demandeurs d’emploi ; la société Informatia en assure les cours.',
    );
    const name = await resolveConcepts(backend, [queryConcept('Informatik', 'name', [alternative(['informatik'], 1)])]);
    expect(name[0]?.alternatives.at(-1)?.terms).toEqual(['informatiqu']);
  });

  it('corrects the one mistyped part of a compound name, the parts the corpus uses kept', async () => {
    const name = await resolved('Saint-Cybard-Pelvoie', ['saint', 'cybard', 'pelvoie']);
    expect(name?.present).toBe(true);
    expect(name?.alternatives.map((a) => a.terms)).toContainEqual(['saint', 'cybard', 'pelvoir']);
    // two unknown parts: another name
    expect((await resolved('Saint-Cybart-Pelvoie', ['saint', 'cybart', 'pelvoie']))?.present).toBe(false);
  });
});
