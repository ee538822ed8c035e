// The field glossary: synonym groups of French expressions, and English words searched as French.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { glossaryKindMembers, glossaryTermGroups } from '../../../src/engine/analysis/glossaryTerms.ts';
import { bundledGlossary, parseGlossary, thingNamesOf } from '../../../src/engine/language/glossary.ts';

const terms = (phrase: string) => analyzeFrenchTerms(phrase);
const groupHolding = (phrase: string) =>
  glossaryTermGroups(bundledGlossary())
    .map((group) => group.map((m) => m.terms))
    .find((group) => group.some((seq) => seq.join(' ') === terms(phrase).join(' ')));

describe('bundledGlossary', () => {
  it('parses the shipped glossary.json', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../src/engine/language/glossary.json', import.meta.url), 'utf8')) as {
      synonyms: string[][];
      english: Record<string, string>;
    };
    const glossary = bundledGlossary();
    expect(glossaryTermGroups(glossary).length).toBeGreaterThan(10);
    expect(glossary.english.size).toBe(Object.keys(raw.english).length);
    for (const group of glossaryTermGroups(glossary)) {
      expect(group.length).toBeGreaterThan(1);
      for (const member of group) expect(member.terms.length).toBeGreaterThan(0);
    }
  });

  it('gives the members of its kinds of things as names of things, and no member of a kind of body', () => {
    for (const name of ['led', 'wifi', '4g']) expect(thingNamesOf(bundledGlossary()).has(name)).toBe(true);
    // "le raccordement au Très Haut Débit", capitalised as pages write it, names no person or company
    for (const name of ['tres haut debit', 'haut debit', 'thd']) expect(thingNamesOf(bundledGlossary()).has(name)).toBe(true);
    const glossary = parseGlossary({ synonyms: [], english: {}, kinds: { technologie: ['LoRa'], opérateur: ['Orange', 'SFR'] } });
    expect([...thingNamesOf(glossary)]).toEqual(['lora']);
  });

  it('is parsed once', () => {
    expect(bundledGlossary()).toBe(bundledGlossary());
  });

  it('says a contract won as it says one awarded: "a décroché" / "a confié… à" / "attribué à"', () => {
    const group = groupHolding('décrocher');
    expect(group).toContainEqual(terms('confier'));
    expect(group).toContainEqual(terms('attribuer'));
    expect(group).toContainEqual(terms('remporter'));
  });

  it('spells out the acronyms of a town hall\'s offices ("DGS", "DSI", "RSSI")', () => {
    expect(groupHolding('DGS')).toContainEqual(terms('directeur général des services'));
    expect(groupHolding('DSI')).toContainEqual(terms("direction des systèmes d'information"));
    expect(groupHolding('RSSI')).toBeDefined();
  });

  it('spells out the acronyms of the bodies a département and its businesses have ("CD", "CG", "CCI", "CMA")', () => {
    expect(groupHolding('CD')).toContainEqual(terms('conseil départemental'));
    expect(groupHolding('CG')).toContainEqual(terms('conseil général'));
    expect(groupHolding('CCI')).toContainEqual(terms("chambre de commerce et d'industrie"));
    expect(groupHolding('CMA')).toContainEqual(terms('chambre de métiers'));
  });

  it('spells out the acronyms of a company\'s heads ("DG", "PDG")', () => {
    expect(groupHolding('DG')).toContainEqual(terms('directeur général'));
    expect(groupHolding('PDG')).toHaveLength(3);
  });

  it('spells out the points of a fibre network\'s architecture ("PM", "PBO", "SRO")', () => {
    expect(groupHolding('PM')).toContainEqual(terms('point de mutualisation'));
    expect(groupHolding('PBO')).toContainEqual(terms('point de branchement optique'));
    expect(groupHolding('SRO')?.flat()).toContain('sous-repartiteur');
  });

  it('says the English names of business parks as the French ones ("business park": zone d\'activité)', () => {
    expect(bundledGlossary().english.get('business park')).toContain("zone d'activité");
    expect(bundledGlossary().english.get('industrial estate')).toContain('zone industrielle');
  });

  it('says an acronym of a common noun as the noun: "PC" is "ordinateur"', () => {
    expect(groupHolding('PC')).toContainEqual(terms('ordinateur'));
  });

  it('puts "THD" and "très haut débit" in one synonym group, as analysed terms', () => {
    const group = groupHolding('THD');
    expect(group).toBeDefined();
    expect(group).toContainEqual(['thd']);
    // "très" is a stopword: the sequence is what the index holds for "très haut débit".
    expect(group).toContainEqual(terms('très haut débit'));
    expect(terms('très haut débit')).toEqual(['haut', 'debit']);
  });

  it('groups "FTTH" with "fibre optique" and "convention" with "accord" and "partenariat"', () => {
    expect(groupHolding('FTTH')).toContainEqual(terms('fibre optique'));
    const agreements = groupHolding('convention');
    expect(agreements).toContainEqual(terms('accord'));
    expect(agreements).toContainEqual(terms('partenariat'));
  });

  it('groups a "site web" with a "site internet", in French and English', () => {
    expect(groupHolding('site web')).toContainEqual(terms('site internet'));
    expect(bundledGlossary().english.get('website')).toEqual(['site web', 'site internet']);
  });

  it('groups the loanword "datacenter" with "centre de données", in French and English', () => {
    expect(groupHolding('datacenter')).toContainEqual(terms('centre de données'));
    expect(bundledGlossary().english.get('data center')).toEqual(['centre de données']);
    // French pages call attackers pirates; CCTV is vidéoprotection.
    expect(bundledGlossary().english.get('attackers')).toContain('pirate');
    expect(bundledGlossary().english.get('cctv')).toContain('vidéoprotection');
    expect(bundledGlossary().english.get('secondary school pupils')).toContain('collégien');
    // the EU is said by its institutions and its short names: "la Commission européenne accorde…"
    expect(groupHolding('Union européenne')).toContainEqual(terms('Commission européenne'));
    expect(groupHolding('UE')).toContainEqual(terms('Europe'));
    // and by the city its executive sits in: "Bruxelles débloque 20 millions"
    expect(groupHolding('Bruxelles')).toContainEqual(terms('Commission européenne'));
    // a coworking space is a shared workspace, in French pages as in English questions
    expect(groupHolding('coworking')).toContainEqual(terms('espace de travail partagé'));
    expect(bundledGlossary().english.get('coworking space')).toContain('espace de coworking');
    // a digital workshop is a training session: "trois ateliers" count the sessions of a course
    expect(groupHolding('atelier')).toContainEqual(terms('séance de formation'));
    // a care home is said by its acronym as often as by its common name, and in English by either
    expect(groupHolding('EHPAD')).toContainEqual(terms('maison de retraite'));
    expect(bundledGlossary().english.get('care home')).toContain('EHPAD');
    // public procurement: a bid is an offer or a candidacy, a tender a call for them
    expect(bundledGlossary().english.get('bids')).toContain('candidature');
    expect(bundledGlossary().english.get('tender')).toContain("appel d'offres");
    // a French high school is a lycée (the dictionary gives "collège", the American sense of the stage)
    expect(bundledGlossary().english.get('high school')).toEqual(['lycée']);
    expect(bundledGlossary().english.get('middle school')).toEqual(['collège']);
    // a thing designed is "conçu" (the dictionary gives only drawing and plans)
    expect(bundledGlossary().english.get('design')).toContain('concevoir');
    // a study's findings are its conclusions, handed in (remises), where the dictionary has only discoveries and a deposit
    expect(bundledGlossary().english.get('findings')).toContain('conclusions');
    expect(bundledGlossary().english.get('hand in')).toContain('remettre');
    // a hospital's healthcare workers are its "professionnels de santé", not any workers
    expect(bundledGlossary().english.get('healthcare workers')).toContain('professionnels de santé');
  });

  it('groups making equipment with building it, and its maker with its constructor', () => {
    // the thesaurus lists neither for the other: "fabriquées par la société X" answers "qui construit les bornes"
    expect(groupHolding('construire')).toContainEqual(terms('fabriquer'));
    expect(groupHolding('constructeur')).toContainEqual(terms('fabricant'));
  });

  it('groups a complaint with the reports a service counts', () => {
    expect(groupHolding('plainte')).toContainEqual(terms('signalement'));
  });

  it('groups the formula CO2 with the name of the gas', () => {
    expect(groupHolding('CO2')).toContainEqual(terms('dioxyde de carbone'));
  });

  it('groups the names of a street light, and a sensor with a detector', () => {
    expect(groupHolding('réverbère')).toContainEqual(terms('candélabre'));
    expect(groupHolding('détecteur')).toContainEqual(terms('capteur'));
  });

  it('groups a request with the file an office counts it as ("demande", "dossier")', () => {
    expect(groupHolding('demande')).toContainEqual(terms('dossier'));
  });

  it('groups the outlets a fibre network counts with the homes they serve', () => {
    expect(groupHolding('prise')).toContainEqual(terms('logement'));
  });

  it('says a national road as French names it ("route nationale"), not as any road of a nation', () => {
    expect(bundledGlossary().english.get('national road')).toEqual(['route nationale']);
  });

  it('says a service "on demand" as French does ("à la demande"), not as a demand made of someone', () => {
    expect(bundledGlossary().english.get('on-demand')).toEqual(['à la demande']);
  });

  it('says the English acronym of a geographic information system as the French one ("GIS": SIG)', () => {
    expect(bundledGlossary().english.get('gis')).toContain('SIG');
  });

  it('groups the trips a transport service counts, however a page calls them ("déplacements", "trajets", "voyages")', () => {
    expect(groupHolding('déplacement')).toContainEqual(terms('voyage'));
    expect(groupHolding('trajet')).toContainEqual(terms('déplacement'));
  });

  it('groups a building site with the works done on it ("le chantier", "les travaux")', () => {
    expect(groupHolding('chantier')).toContainEqual(terms('travaux'));
  });

  it('groups the "enveloppe" of administrative French with the budget it is ("une enveloppe de 2 M€")', () => {
    expect(groupHolding('enveloppe')).toContainEqual(terms('budget'));
  });

  it('groups the places a network serves: "lieu", "site", "emplacement"', () => {
    expect(groupHolding('lieu')).toContainEqual(terms('site'));
  });

  it('groups reconditioning a computer with putting it back in order ("remis en état"), in French and English', () => {
    expect(groupHolding('reconditionner')).toContainEqual(terms('remise en état'));
    expect(bundledGlossary().english.get('refurbished')).toContain('reconditionné');
  });

  it('groups the antennas of a mobile network with the sites a New Deal counts ("antenne 4G", "site 4G")', () => {
    expect(groupHolding('antenne 4G')).toContainEqual(terms('site 4G'));
    expect(groupHolding('site 5G')).toContainEqual(terms('pylône'));
  });

  it('groups the group sessions of digital mediators: "atelier collectif", "séance de groupe"', () => {
    expect(groupHolding('séance collective')).toContainEqual(terms('ateliers collectifs'));
    expect(groupHolding('atelier de groupe')).toContainEqual(terms('séance de groupe'));
  });

  it('groups setting something up with launching it: "mettre en place", "instaurer", "lancer"', () => {
    expect(groupHolding('mise en place')).toContainEqual(terms('lancé'));
    expect(groupHolding('instaurer')).toContainEqual(terms('mettre en place'));
  });

  it('searches an English "building" as the premises a French release says ("dans les locaux de l\'IUT")', () => {
    expect(bundledGlossary().english.get('building')).toContain('locaux');
  });

  it('groups software with the applications a town hall runs, and restarting it with putting it back in service', () => {
    expect(groupHolding('logiciel')).toContainEqual(terms('applications métiers'));
    expect(groupHolding('relancer')).toContainEqual(terms('remettre en service'));
  });

  it('groups taking a network down: "démonter", "démanteler", "décommissionnement"', () => {
    expect(groupHolding('démonter')).toContainEqual(terms('démantèlement'));
  });

  it('groups the pirates of a cyberattack with the loanword "hacker", as French spells it too', () => {
    expect(groupHolding('pirates')).toContainEqual(terms('hackeurs'));
    expect(groupHolding('hacker')).toContainEqual(terms('cybercriminel'));
  });

  it('names the regions by the abbreviations chat uses ("en IDF", "la région PACA", "HDF")', () => {
    // (a hyphenated name is one term: its parts are looked for apart)
    expect(groupHolding('IDF')?.flat()).toContain(terms('Île-de-France')[0]);
    expect(groupHolding('PACA')?.flat()).toContain(terms("Provence-Alpes-Côte d'Azur")[0]);
    expect(groupHolding('HDF')?.flat()).toContain(terms('Hauts-de-France')[0]);
  });

  it('groups paying with the verb a release says a payment by ("n\'a pas versé de rançon")', () => {
    expect(groupHolding('payer')).toContainEqual(terms('verser'));
  });

  it('groups a wifi hotspot with the access point a release counts', () => {
    expect(groupHolding('borne wifi')).toContainEqual(terms("point d'accès"));
  });

  it('maps English words and phrases to French expressions', () => {
    const { english, longestEnglishPhrase } = bundledGlossary();
    expect(english.get('agreement')).toEqual(['accord', 'convention']);
    expect(english.get('broadband')).toEqual(['haut débit']);
    expect(english.get('mayor')).toEqual(['maire']);
    expect(english.get('in charge of')).toEqual(['responsable', 'chargé']);
    // the dictionary's "monitor" is a screen or a check; a network's is watched
    expect(english.get('monitor')).toContain('surveiller');
    // …and one runs a scheme as one manages it, not only as one runs a race
    expect(english.get('run')).toContain('gérer');
    // a relay mast is an "antenne-relais"; a permit a "permis"
    expect(english.get('relay mast')).toContain('antenne-relais');
    expect(english.get('building permit')).toEqual(['permis de construire']);
    // a school is any of them, and a page on them says "établissements"
    expect(english.get('school')).toEqual(expect.arrayContaining(['école', 'collège', 'établissement']));
    // a consortium bidding for works is a "groupement"; the final phase is the last one
    expect(english.get('consortium')).toContain('groupement');
    expect(english.get('final')).toContain('dernier');
    // question words shape the question and search nothing
    expect(english.get('how')).toEqual([]);
    expect(longestEnglishPhrase).toBeGreaterThanOrEqual(2);
    const phrases = [...english.keys()].filter((k) => k.includes(' '));
    expect(phrases.length).toBeGreaterThan(0);
    for (const key of english.keys()) expect(key).toBe(key.toLowerCase().trim());
  });
});

describe('parseGlossary', () => {
  it('analyses synonyms, drops empty members and one-member groups, splits English alternatives', () => {
    const glossary = parseGlossary({
      synonyms: [['THD', 'très haut débit'], ['le', 'fibre'], ['seul']],
      english: { 'Very High Speed': 'très haut débit | THD', how: '' },
    });
    // "le" analyses to nothing, leaving a single member: the group is dropped; so is ['seul'].
    expect(glossaryTermGroups(glossary).map((group) => group.map((m) => m.terms))).toEqual([[['thd'], ['haut', 'debit']]]);
    expect(glossary.english.get('very high speed')).toEqual(['très haut débit', 'THD']);
    expect(glossary.english.get('how')).toEqual([]);
    expect(glossary.longestEnglishPhrase).toBe(3);
  });

  it('reads the kinds and their members, analysed one way: a member says its kind', () => {
    const glossary = parseGlossary({ synonyms: [], english: {}, kinds: { technologie: ['fibre optique', '4G', ''] } });
    expect(glossary.kinds.get('technologie')).toEqual(['fibre optique', '4G']);
    expect(glossaryKindMembers(glossary).get('technolog')).toEqual([['fibr', 'optiqu'], ['4g']]);
    // a glossary without kinds is still one
    expect(parseGlossary({ synonyms: [], english: {} }).kinds.size).toBe(0);
  });

  it('bundles a distinction as a kind whose members are prizes and labels: "prix" alone still asks a price', () => {
    const members = bundledGlossary().kinds.get('distinction') ?? [];
    expect(members).toEqual(expect.arrayContaining(['prix', 'trophée', 'label']));
    expect(bundledGlossary().kinds.has('prix')).toBe(false);
  });

  it('bundles "patron" as a kind whose members are the offices that head a body, one way: a président is no boss of anything', () => {
    expect(bundledGlossary().kinds.get('patron')).toEqual(expect.arrayContaining(['président', 'directrice générale', 'PDG']));
    expect(bundledGlossary().kinds.has('président')).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [['THD', 'très haut débit']]],
    ['no english', { synonyms: [] }],
    ['synonyms not nested', { synonyms: ['THD', 'très haut débit'], english: {} }],
    ['a number in a group', { synonyms: [['THD', 3]], english: {} }],
    ['English mapped to a list', { synonyms: [], english: { agreement: ['accord'] } }],
    ['a kind mapped to a string', { synonyms: [], english: {}, kinds: { technologie: '4G' } }],
  ])('rejects a malformed glossary (%s) with an error naming the expected shape', (_label, raw) => {
    expect(() => parseGlossary(raw, 'my-glossary.json')).toThrow(
      'my-glossary.json: expected {"synonyms": string[][], "english": {word: "french|alternatives"}, "kinds"?: {noun: string[]}}',
    );
  });
});
