// Ways of saying a question's words: here, the role nouns of the verb a "who" question uses.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { expandConcepts } from '../../../src/engine/answer/expandConcepts.ts';
import { questionReadingResources } from '../../../src/engine/answer/answerQuestion.ts';
import { readQuestion } from '../../../src/engine/answer/readQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';

const language = bundledLanguageResources();

function ways(question: string, label: string): string[] {
  const concepts = expandConcepts(readQuestion(question, questionReadingResources(language)).concepts, language);
  return concepts.find((c) => c.label === label)?.alternatives.map((a) => a.terms.join(' ')) ?? [];
}

describe('expandConcepts', () => {
  it.each([
    ['Qui dirige la régie des eaux de Foix ?', 'dirige', 'directeur'],
    ['Qui gère le réseau de chaleur ?', 'gère', 'gestionnair'],
  ])('%s: "%s" is also said as the role "%s"', (question, label, role) => {
    expect(ways(question, label)).toContain(role);
  });

  it('says the telecoms regulator by its name, as the trade does ("le régulateur": the Arcep)', () => {
    expect(ways('Qu’a décidé le régulateur pour le réseau de Lanvel ?', 'régulateur')).toContain(analyzeFrenchTerms('Arcep').join(' '));
  });

  it('says a security flaw by the word the field also uses ("faille": "vulnérabilité")', () => {
    expect(ways('Combien de failles le centre de Lanvel a-t-il signalées ?', 'failles')).toContain(
      analyzeFrenchTerms('vulnérabilité').join(' '),
    );
  });

  it('says an overhead support of a network as the pole it is ("supports aériens": "poteaux")', () => {
    expect(ways('Combien de supports aériens restent dans le bourg de Lanvel ?', 'supports aériens')).toContain(
      analyzeFrenchTerms('poteau').join(' '),
    );
  });

  it('says young companies as the field does, start-ups ("jeunes entreprises": "start-up")', () => {
    expect(ways('Combien de jeunes entreprises la pépinière de Lanvel héberge-t-elle ?', 'jeunes entreprises')).toContain('start-up');
  });

  it('says a place by its adjective in every form the lexicon may lack ("lotoises", "gardoise")', () => {
    expect(ways('Combien de communes lotoises sont raccordées ?', 'lotoises')).toContain(analyzeFrenchTerms('Lot').join(' '));
    expect(ways('Quelle est la part gardoise du budget ?', 'gardoise')).toContain(analyzeFrenchTerms('Gard').join(' '));
  });

  it('says a place by the acronym of a fund the glossary spells out with its adjective ("l’Europe": FEDER), not a body by a word of its name', () => {
    expect(ways('Combien l’Europe a-t-elle versé pour le réseau ?', 'Europe')).toContain(analyzeFrenchTerms('FEDER').join(' '));
    expect(ways('Qui préside l’Office Régional du numérique ?', 'Régional')).not.toContain(analyzeFrenchTerms('FEDER').join(' '));
  });

  it('says chat words as the standard words they stand for ("pc", "baraques", "bossent", "gratos")', () => {
    expect(ways('c qui qui fournit les pc des collégiens ?', 'pc')).toContain('ordin');
    expect(ways('combien de baraques pas raccordées ?', 'baraques')).toContain('maison');
    expect(ways('combien de gens bossent à la médiathèque ?', 'bossent')).toContain('travail');
    expect(ways('le wifi gratos en ville, ça marche comment ?', 'gratos')).toContain('gratuit');
    expect(ways('il reste du matos pour l’atelier de réparation ?', 'matos')).toContain('materiel');
    expect(ways('les proprios doivent payer le raccordement ?', 'proprios')).toContain('proprietair');
  });

  it('says winning as the first prize, the winner, the laureate ("s’est imposé", "1er prix", "lauréate")', () => {
    const won = ways('Quel collège s’est imposé au concours de robotique ?', 'imposé');
    expect(won).toContain('1e prix');
    expect(won).toContain('laureat');
  });

  it('says operating a network or a service as running it ("opéré par", "exploité par")', () => {
    expect(ways('Le datacenter départemental est opéré par qui ?', 'opéré')).toContain('exploit');
  });

  it('says an application filed as the file filed ("demandes déposées", "dossiers déposés"): administrations count files', () => {
    expect(ways('La région a reçu combien de demandes déposées cette année ?', 'demandes déposées')).toContain('dossi depos');
  });

  it('says a word clipped in chat as the words it begins ("l’urba", "le presta"), a place typed in lowercase as itself', () => {
    expect(ways('qui s’occupe de l’urba à la métropole ?', 'urba')).toContain('urbanism');
    expect(ways('le syndicat a choisi quel presta pour la maintenance ?', 'presta')).toContain('prestatair');
    // "dans le gard" names a place, never a gardien; a word the dictionary knows is no clipped one
    expect(ways('la fibre arrive quand dans le gard ?', 'gard')).toEqual(['gard']);
    expect(ways('les travaux du réseau ?', 'réseau')).not.toContain('reseautag');
  });

  it('says an English word of the trade in a French question as the dictionary translates it ("datasets")', () => {
    expect(ways('Combien de datasets sur le portail open data ?', 'datasets')).toContain('jeu donn');
    // a French word keeps its own ways only
    expect(ways('Combien de jeux de données sur le portail ?', 'jeux')).not.toContain('gam');
  });

  it('says public lighting by its street lamps, and the reverse: a question names one, the page the other', () => {
    expect(ways('Que mesure la ville grâce à son éclairage public ?', 'éclairage public')).toContain('lampadair');
    expect(ways('Combien de lampadaires seront remplacés ?', 'lampadaires')).toContain('eclairag public');
  });

  it('says a verb of the third group by its past participle too, which stems otherwise ("vendre", "vendu")', () => {
    expect(ways('Qui vend les lampadaires connectés ?', 'vend')).toContain('vendu');
    // a synonym that is such a verb brings its participle, at the synonym's factor
    expect(ways('Quelle entreprise commercialise ces capteurs ?', 'commercialise')).toContain('vendu');
    expect(ways('Combien de prises ont été posées ?', 'posées')).not.toContain('posu');
  });

  it('says a noun of a kind by the names of its members: "quelle technologie" is said by "4G", "fibre optique"', () => {
    expect(ways('Quelle technologie pour les nouveaux relais ?', 'technologie')).toEqual(expect.arrayContaining(['4g', 'fibr optiqu']));
    expect(ways('Which technology will the new masts use?', 'technology')).toContain('4g');
    // one way only: "4G" is not said by "technologie"
    expect(ways('Combien de relais 4G ?', '4G')).not.toContain('technolog');
    // a smartphone is a telephone
    expect(ways('Combien de téléphones la mairie a-t-elle achetés ?', 'téléphones')).toContain('smartphon');
  });

  it('marks a name that is a member of a kind ("4G", a technology): it qualifies what is asked', () => {
    const concepts = expandConcepts(
      readQuestion('Combien de relais 4G à Lormont ?', questionReadingResources(language)).concepts,
      language,
    );
    expect(concepts.find((c) => c.label === '4G')?.ofKind).toBe(true);
    expect(concepts.find((c) => c.label === 'Lormont')?.ofKind).toBeUndefined();
  });

  it('says an English word by the families of its French translations too ("being created" meets "en création")', () => {
    expect(ways('How many start-ups are being created in Brest?', 'created')).toContain('creation');
    expect(ways('Who installed the cameras in Brest?', 'installed')).toContain('constructeur');
  });

  it('says "salariés" of public bodies as their "agents"', () => {
    expect(ways('Combien de salariés de la mairie de Lormont ont été formés ?', 'salariés')).toContain('agent');
  });

  it('says "capter" (a mobile signal) as "réception", the field\'s word for it', () => {
    expect(ways('combien de foyers vont capter la 4G à Lormont ?', 'capter')).toContain('reception');
  });

  it('says "malades" as "patients", which the thesaurus does not list', () => {
    expect(ways('Où les malades ont-ils été transférés ?', 'malades')).toContain('patient');
  });

  it('says a rate\'s period by its adjective too: "chaque année" is "annuel"', () => {
    expect(ways('Combien la commune reçoit-elle chaque année pour le pylône ?', 'année')).toContain('annuel');
    expect(ways('Combien coûte l’abonnement par mois ?', 'mois')).toContain('mensuel');
    // a year that is no rate is only itself
    expect(ways('Combien de prises ont été posées cette année ?', 'année')).not.toContain('annuel');
  });

  it('says a glossary name of several words by its words too, which pages hyphenate every way ("Provence Alpes Côte-d\'Azur")', () => {
    expect(ways("Combien de tiers-lieux en Provence-Alpes-Côte d'Azur ?", 'Provence-Alpes-Côte Azur')).toContain('provenc alp cot azur');
    // …and so does its acronym, which pages spell out
    expect(ways('Combien de tiers-lieux en PACA ?', 'PACA')).toContain('provenc alp cot azur');
  });

  it('widens a hyphenated word to its glossary group, and a member to the hyphenated word', () => {
    expect(ways("Quelle est la hauteur de l'antenne-relais de Saint-Cirq ?", 'antenne-relais')).toContain('pylon');
    expect(ways('Quelle est la hauteur du pylône de Saint-Cirq ?', 'pylône')).toContain('antenne-rel');
    // a "site" of mobile telephony is a mast, as the trade counts them
    expect(ways('Combien de sites de téléphonie mobile reste-t-il à construire en Corrèze ?', 'sites téléphonie mobile')).toContain(
      'pylon',
    );
  });

  it('widens a verb typed in a form that is also a noun ("qui finance") to the glossary group of the verb', () => {
    expect(ways('Qui finance la médiathèque numérique de Lavaur ?', 'finance')).toContain('subvention');
    // a word that only stems alike is not the member ("monté" is no "montant")
    expect(ways('Qui a monté le projet de tiers-lieu ?', 'monté')).not.toContain('budget');
  });

  it('widens the plural of a one-word member to its group, though the lexicon reads "lieux" as a word of its own', () => {
    expect(ways('Le wifi de Lavaur couvre combien de lieux ?', 'lieux')).toContain('sit');
  });

  it('spells the saint of a place name short or in full ("Saint-Cirq" / "St-Cirq", "Ste-Foy" / "Sainte-Foy")', () => {
    expect(ways('Quelle est la hauteur du pylône de Saint-Cirq ?', 'Saint-Cirq')).toContain('st cirq');
    expect(ways('Combien de bornes wifi à Ste-Foy ?', 'Ste-Foy')).toContain('saint foy');
  });

  it('says "foyers éligibles" as "prises", as the field counts them, even with an adverb of time between', () => {
    expect(ways('Combien de foyers sont désormais éligibles à la fibre ?', 'foyers éligibles')).toContain('pris');
  });

  it('says "aider" as "accompagner", as digital inclusion says it', () => {
    expect(ways('Combien de seniors la médiathèque a-t-elle aidés ?', 'aidés')).toContain('accompagn');
  });

  it('says a job as "poste" or "emploi", whichever the page uses', () => {
    expect(ways('Combien de postes la régie va-t-elle créer ?', 'postes')).toContain('emploi');
    expect(ways("Combien d'emplois la régie va-t-elle créer ?", 'emplois')).toContain('post');
  });

  it('says "fois" as "reprises" ("à 107 reprises")', () => {
    expect(ways('Combien de fois la police a-t-elle consulté les images ?', 'fois')).toContain(analyzeFrenchTerms('reprise')[0]);
  });

  it('says a measure by its units, not by its adjective: "haut" is also the first word of "Haute-Loire"', () => {
    expect(ways('Quelle est la hauteur du pylône de Saint-Cirq ?', 'hauteur')).toContain('metr');
    expect(ways('Quelle est la hauteur du pylône de Saint-Cirq ?', 'hauteur')).not.toContain('haut');
    // a speed as it is said in conversation too: "1 giga", "512 mégas"
    expect(ways('Quel débit auront les abonnés de Saint-Cirq ?', 'débit')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('Mbit giga mégas')),
    );
    // a connection's speed in kilobits too, the speed of an entry-level offer
    expect(ways('Quelle vitesse offre l’abonnement d’entrée de gamme à Lanvaux ?', 'vitesse')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('kbps kbit')),
    );
    expect(ways('Quel débit offre l’abonnement d’entrée de gamme à Lanvaux ?', 'débit')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('kilobits')),
    );
    // at sea, a speed is said in knots
    expect(ways('À quelle vitesse le navire câblier de Sorrac avance-t-il ?', 'vitesse')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('nœuds')),
    );
    // an area in square metres; a link's capacity in terabits
    expect(ways('Le tiers-lieu de Sorrac s’étend sur quelle superficie ?', 'superficie')).toContain('metr');
    // the extent of a forest or a territory, in hectares
    expect(ways('Quelle étendue du massif de Sorrac le drone survole-t-il ?', 'étendue')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('hectares')),
    );
    // the size of a place or a building is its area as well as its height or length
    expect(ways('Quelle est la taille du tiers-lieu de Sorrac ?', 'taille')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('m2 hectares')),
    );
    expect(ways('Quelle capacité le câble de Kéops pourra-t-il acheminer ?', 'capacité')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('térabits')),
    );
    // a battery's capacity in kilowatt-hours, a tank's in litres
    expect(ways('Quelle capacité pour la batterie du bâtiment de Sorrac ?', 'capacité')).toEqual(
      expect.arrayContaining(analyzeFrenchTerms('kWh litres')),
    );
  });

  it('says a compound place by its first word too, unless that word is a word of the language', () => {
    expect(ways("Combien de conseillers dans l'agglomération chalonnaise ?", 'chalonnaise')).toContain('chalon');
    // "Bourg-en-Bresse" is not "le bourg", any village centre.
    expect(ways('Combien de prises dans l’agglomération burgienne ?', 'burgienne')).not.toContain('bourg');
  });

  it('reads a participle after its auxiliary as its verb, not as the noun it also spells', () => {
    // "payé" folds to "paye", also the noun "la paye" (salary): the question asks who paid.
    const paid = ways("le pylône c'est payé par qui ?", 'payé');
    expect(paid).toContain('payeur');
    expect(paid).not.toContain('salair');
  });

  it('adds only role nouns: "dirige" is not "direction"', () => {
    expect(ways('Qui dirige la régie des eaux de Foix ?', 'dirige')).not.toContain('direction');
  });

  it.each([
    ['Qui dirige la régie des eaux de Foix ?', 'dirige', true],
    ['Qui préside le syndicat mixte ?', 'préside', true],
    ['Who chairs the digital syndicate?', 'chairs', true],
    ['Qui gère le réseau de chaleur ?', 'gère', undefined],
    ['Quelle est la direction de la régie ?', 'direction', undefined],
  ])('%s: "%s" is a verb of an office: %s', (question, label, office) => {
    const concepts = expandConcepts(readQuestion(question, questionReadingResources(language)).concepts, language);
    expect(concepts.find((c) => c.label === label)?.officeVerb).toBe(office);
  });
});
