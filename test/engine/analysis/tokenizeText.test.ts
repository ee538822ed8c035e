// Raw tokens, before any folding: what French writing joins stays one token, with offsets into the text.
import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/engine/analysis/tokenizeText.ts';

const words = (text: string) => tokenizeText(text).map((t) => t.text);

describe('tokenizeText', () => {
  it.each<[string, string[]]>([
    // elisions and inner apostrophes, ASCII or typographic
    ["d'accompagnement digital", ["d'accompagnement", 'digital']],
    ['Paris incube la fibre optique d’Orange', ['Paris', 'incube', 'la', 'fibre', 'optique', 'd’Orange']],
    ['"Aujourd\'hui, plus de 13.000 prises', ["Aujourd'hui", 'plus', 'de', '13.000', 'prises']],
    // hyphenated names and clitics stay whole (the analyser splits them)
    ['La Ville de Fort-de-France a signé', ['La', 'Ville', 'de', 'Fort-de-France', 'a', 'signé']],
    ['Lequel était à Valence-sur-Baïse pour', ['Lequel', 'était', 'à', 'Valence-sur-Baïse', 'pour']],
    ['déclarait-il.', ['déclarait-il']],
    // numbers: decimal separators, groups of three, ordinals written 4^e
    ['15,5 millions', ['15,5', 'millions']],
    ['De plus, 99.96% de la population', ['De', 'plus', '99.96', 'de', 'la', 'population']],
    [
      '152 000 salariés au 31 décembre 2017, dont 93 000 en France',
      ['152 000', 'salariés', 'au', '31', 'décembre', '2017', 'dont', '93 000', 'en', 'France'],
    ],
    ['13\u00a0000 et 13\u202f000', ['13\u00a0000', 'et', '13\u202f000']],
    ['4^e ville la plus peuplée', ['4^e', 'ville', 'la', 'plus', 'peuplée']],
    ['70 000m² de bureaux', ['70 000m²', 'de', 'bureaux']],
    // a space before a group of digits that is not three long does not join: "2 ou trois ans", phone numbers
    ['tous les 2 ou trois ans', ['tous', 'les', '2', 'ou', 'trois', 'ans']],
    ['02 33 77 83 80', ['02', '33', '77', '83', '80']],
    // a mobile generation written apart is one name, as "4G"; not a figure and its unit ("4 Go")
    ['généraliser la 4 G et la 5 G ; 4 Go ; 14 G', ['généraliser', 'la', '4 G', 'et', 'la', '5 G', '4', 'Go', '14', 'G']],
    // and so is a dimension ("en 3 D"), not a figure and a word ("3 Dordognes")
    ['modélisé en 3 D ; 3 Dordognes', ['modélisé', 'en', '3 D', '3', 'Dordognes']],
    // a sentence-final period or a comma after a number is punctuation
    ['en 2012, le Conseil', ['en', '2012', 'le', 'Conseil']],
    ['(…) Le CSF', ['Le', 'CSF']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets that slice back to each token', () => {
    const text = 'Sachant qu’Orange s’implique dans la mutation d’une agglomération 100% fibre à proximité de Paris (Palaiseau, Essonne).';
    const tokens = tokenizeText(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]).toEqual({ text: 'qu’Orange', start: 8, end: 17 });
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenizeText(' ?!… « » — ')).toEqual([]);
  });
});
