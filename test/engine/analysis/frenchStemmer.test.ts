// Golden table for the light French stemmer. Input is a folded word (lowercase, no accents), as the
// analysis chain hands it over; each row was checked by hand against the corpus's vocabulary.
import { describe, expect, it } from 'vitest';
import { stemFrench } from '../../../src/engine/analysis/frenchStemmer.ts';

const TABLE: Array<[word: string, stem: string]> = [
  // plurals: -eaux → -eau, -aux → -al, final s dropped
  ['reseaux', 'reseau'],
  ['reseau', 'reseau'],
  ['regionaux', 'regional'],
  // the nouns in -eu take an x in the plural; adjectives in -eux are the same in the singular
  ['jeux', 'jeu'],
  ['enjeux', 'enjeu'],
  ['lieux', 'lieu'],
  ['milieux', 'milieu'],
  ['nombreux', 'nombreux'],
  ['regional', 'regional'],
  ['debits', 'debit'],
  ['debit', 'debit'],
  ['fibres', 'fibr'],
  ['fibre', 'fibr'],
  // a final s after i, u or s is part of the word
  ['paris', 'paris'],
  ['plus', 'plus'],
  ['gers', 'gers'],
  // feminine and doubled consonant: personne(s) → person
  ['personnes', 'person'],
  ['personne', 'person'],
  ['territoriale', 'territorial'],
  ['territoriales', 'territorial'],
  // feminines of role nouns meet their masculine: directrice/directeur, conseillère/conseiller
  ['directrice', 'directeur'],
  ['directeur', 'directeur'],
  ['conseillere', 'conseil'],
  ['conseiller', 'conseil'],
  ['boulangere', 'boulang'],
  ['boulanger', 'boulang'],
  // verb endings
  ['signe', 'sign'],
  ['signee', 'sign'],
  ['signes', 'sign'],
  ['signer', 'sign'],
  ['signeront', 'sign'],
  ['raccorde', 'raccord'],
  ['raccordes', 'raccord'],
  ['raccorder', 'raccord'],
  ['raccordement', 'raccord'],
  ['accueil', 'accueil'],
  ['accueille', 'accueil'],
  ['accueillent', 'accueil'],
  ['accueillera', 'accueil'],
  ['connectee', 'connect'],
  ['dupliquee', 'dupliqu'],
  // derivational endings
  ['innovation', 'innov'],
  ['innovations', 'innov'],
  ['operateur', 'oper'],
  ['operateurs', 'oper'],
  ['collectivites', 'collectivit'],
  ['numerique', 'numeriqu'],
  ['numeriques', 'numeriqu'],
  ['entreprises', 'entrepris'],
  // short words and non-letters are left alone
  ['ans', 'ans'],
  ['mis', 'mis'],
  ['eu', 'eu'],
  ['5g', '5g'],
  ['13000', '13000'],
];

describe('stemFrench', () => {
  it.each(TABLE)('%s → %s', (word, stem) => {
    expect(stemFrench(word)).toBe(stem);
  });

  it.each([
    ['debit', 'debits'],
    ['personne', 'personnes'],
    ['fibre', 'fibres'],
    ['signe', 'signee', 'signer', 'signes'],
    ['raccordes', 'raccordement', 'raccorder'],
    ['accueil', 'accueillent', 'accueillera'],
  ])('%s and its forms share one stem', (...forms: string[]) => {
    expect(new Set(forms.map(stemFrench)).size).toBe(1);
  });

  it('is idempotent on its own output for the table above', () => {
    for (const [, stem] of TABLE) expect(stemFrench(stemFrench(stem))).toBe(stemFrench(stem));
  });
});
