// What the evidence of an answer is asked for, drawn from the question's concepts.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { evidenceRequest } from '../../../src/engine/answer/evidenceRequest.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';

function concept(word: string, family: string[] = []): ResolvedConcept {
  const alternatives = [alternative(analyzeFrenchTerms(word), 1), ...Array.from(family, (f) => alternative(analyzeFrenchTerms(f), 0.75))];
  return { concept: queryConcept(word, 'content', alternatives), alternatives, weight: 1, present: true };
}

function typeConcept(word: string): ResolvedConcept {
  const alternatives = [alternative(analyzeFrenchTerms(word), 1)];
  return { concept: queryConcept(word, 'type', alternatives), alternatives, weight: 1, present: true };
}

const webAsked = (concepts: ResolvedConcept[]) =>
  evidenceRequest({ answerType: 'place', counted: undefined, questionTerms: new Set(), deadline: false }, concepts).onlineAddressAsked ===
  'web';

const asked = (concepts: ResolvedConcept[]) =>
  evidenceRequest({ answerType: 'money', counted: undefined, questionTerms: new Set(), deadline: false }, concepts).moneyKinds;

describe('evidenceRequest', () => {
  it('takes a figure to be about the name of who acts as well as the nouns asked about, not a place nor a name asked "qui"', () => {
    const named = (word: string, marks: { placed?: boolean } = {}): ResolvedConcept => {
      const alternatives = [alternative(analyzeFrenchTerms(word), 1)];
      return { concept: queryConcept(word, 'name', alternatives, { capitalised: true, ...marks }), alternatives, weight: 1, present: true };
    };
    const concepts = [named('Kéops'), concept('bornes'), named('Sorrac', { placed: true })];
    const subject = (answerType: 'money' | 'person') => [
      ...evidenceRequest({ answerType, counted: undefined, questionTerms: new Set(), deadline: false }, concepts).subjectTerms,
    ];
    expect(subject('money')).toEqual(expect.arrayContaining([...analyzeFrenchTerms('Kéops bornes')]));
    expect(subject('money')).not.toContain(analyzeFrenchTerms('Sorrac')[0]);
    expect(subject('person')).not.toContain(analyzeFrenchTerms('Kéops')[0]);
  });

  it('takes the person whose role is asked to be the first names written side by side, not the place named after', () => {
    const named = (word: string): ResolvedConcept => {
      const alternatives = [alternative(analyzeFrenchTerms(word), 1)];
      return { concept: queryConcept(word, 'name', alternatives, { capitalised: true }), alternatives, weight: 1, present: true };
    };
    const holder = (text: string, names: string[]) =>
      evidenceRequest({ text, answerType: 'person', identity: true, counted: undefined, questionTerms: new Set(), deadline: false }, [
        typeConcept('fonction'),
        ...Array.from(names, named),
      ]).holderTerms;
    // "chargée de mission à la Région" is someone else's role
    expect([...holder('Quelle fonction occupe Anne Vernay à la Région de Lanvel ?', ['Anne', 'Vernay', 'Région', 'Lanvel'])!]).toEqual(
      analyzeFrenchTerms('Anne Vernay'),
    );
    expect([...holder('Qui est Jean-Marc Brélis ?', ['Jean-Marc', 'Brélis'])!]).toEqual(analyzeFrenchTerms('Jean-Marc Brélis'));
  });

  it('asks a commune for "quelles communes", "quelle ville"', () => {
    const place = (concepts: ResolvedConcept[]) =>
      evidenceRequest({ answerType: 'place', counted: undefined, questionTerms: new Set(), deadline: false }, concepts).placeAsked;
    expect(place([typeConcept('communes'), concept('cuivre')])).toBe('commune');
    expect(place([typeConcept('ville'), concept('salon')])).toBe('commune');
    expect(place([concept('salon')])).toBeUndefined();
  });

  it('asks a mail address for "à quelle adresse mail" or "adresse électronique", a web address for "l’adresse du site"', () => {
    const request = (words: string[]) =>
      evidenceRequest({ answerType: 'place', counted: undefined, questionTerms: new Set(), deadline: false }, [
        typeConcept('adresse'),
        ...Array.from(words, (w) => concept(w)),
      ]);
    expect(request(['mail']).onlineAddressAsked).toBe('mail');
    expect(request(['électronique', 'mairie']).onlineAddressAsked).toBe('mail');
    expect(request(['site']).onlineAddressAsked).toBe('web');
    expect(request(['mairie']).onlineAddressAsked).toBeUndefined();
  });

  it('asks a building for "dans quel bâtiment" or "quelle salle", not for "dans quelle commune"', () => {
    const building = (kind: string) =>
      evidenceRequest({ answerType: 'place', counted: undefined, questionTerms: new Set(), deadline: false }, [
        typeConcept(kind),
        concept('borne'),
      ]).placeAsked;
    expect(building('bâtiment')).toBe('building');
    expect(building('salle')).toBe('building');
    expect(building('commune')).not.toBe('building');
  });

  it('asks a company, no public body, for "quelle entreprise" and "quel groupe"', () => {
    const company = (kind: string) =>
      evidenceRequest({ answerType: 'organisation', counted: undefined, questionTerms: new Set(), deadline: false }, [
        typeConcept(kind),
        concept('attaque'),
      ]).companyAsked;
    expect(company('entreprise')).toBe(true);
    expect(company('groupe')).toBe(true);
    expect(company('organisme')).toBe(false);
  });

  it('reads the kind of sum the words typed name, not their families', () => {
    expect(asked([concept('dépensé'), concept('serveurs')])).toEqual(new Set(['cost']));
    expect(asked([concept('rançon'), concept('pirates')])).toEqual(new Set(['ransom']));
    // "rançongiciel" is of the family of "rançon", and asks of no ransom
    expect(asked([concept('dépensé'), concept('rançongiciel', ['rançon'])])).toEqual(new Set(['cost']));
    // what a funder puts in
    expect(asked([concept('subvention')])).toEqual(new Set(['funding']));
    expect(asked([concept('met'), concept('Région')])).toEqual(new Set(['funding']));
    // a funder's investment is what the project costs, a broad kind of sum: no fine nor ransom
    expect(asked([concept('investissement')])).toEqual(new Set(['budget']));
    expect(asked([concept('investi'), concept('pylône')])).toEqual(new Set(['budget']));
  });

  it('reads no funding in a locution of "mettre" ("mettre en service", "mise à disposition")', () => {
    const kinds = (text: string) =>
      evidenceRequest({ text, answerType: 'money', counted: undefined, questionTerms: new Set(), deadline: false }, [
        concept('mettre'),
        concept('portail'),
      ]).moneyKinds;
    expect(kinds('Combien coûte la mise à disposition du portail de Lanvel ?')).toEqual(new Set());
    expect(kinds('Combien la Région va-t-elle mettre dans le portail ?')).toEqual(new Set(['funding']));
  });

  it('takes the narrow kind a noun names over what a verb of paying asks ("ça coûte combien, le loyer")', () => {
    expect(asked([concept('coûte'), concept('loyer'), concept('local')])).toEqual(new Set(['rent']));
    expect(asked([concept('versé'), concept('rançon')])).toEqual(new Set(['ransom']));
  });

  it('asks a web address for a site on the web asked as the answer ("sur quel site internet", "which website")', () => {
    expect(webAsked([typeConcept('site'), concept('internet'), concept('familles')])).toBe(true);
    // "website", translated: "site web"
    expect(webAsked([typeConcept('site web'), concept('familles')])).toBe(true);
    // a site on the ground, and an operator of internet access
    expect(webAsked([typeConcept('site'), concept('pylône')])).toBe(false);
    expect(webAsked([typeConcept('opérateur'), concept('internet')])).toBe(false);
  });
});

describe('evidenceRequest kind terms', () => {
  it('takes the nouns of the thing whose name is asked as its kind ("comment s’appelle la plateforme de données")', () => {
    const request = (nameAsked: boolean) =>
      evidenceRequest({ answerType: 'other', counted: undefined, questionTerms: new Set(), deadline: false, nameAsked }, [
        concept('plateforme de données'),
      ]);
    expect([...request(true).kindTerms]).toEqual(analyzeFrenchTerms('plateforme de données'));
    expect(request(false).kindTerms.size).toBe(0);
  });
});
