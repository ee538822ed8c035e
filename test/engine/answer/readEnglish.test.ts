// English questions read into French terms: a word the dictionary lacks by one slip of the keyboard is read
// as the word meant, when only one word is meant.
import { describe, expect, it } from 'vitest';
import { readEnglishWords } from '../../../src/engine/answer/readEnglish.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';

const english = bundledLanguageResources().english;
const word = (text: string, surface: string) => readEnglishWords(text, english).find((w) => w.surface === surface);

describe('readEnglishWords', () => {
  it('reads a word with a slip as the one word the dictionary has one slip away', () => {
    expect(word('What is the buddget of the plan?', 'buddget')?.french[0]).toEqual(['budget']);
    expect(word('How many subscibers does the network have?', 'subscibers')?.lemmas).toContain('subscriber');
  });

  it('leaves a word as typed when two words are one slip away, or when it is a name', () => {
    // "contrct": contract or contact
    expect(word('How long is the contrct?', 'contrct')?.french).toEqual([['contrct']]);
    expect(word('Who runs Buddget Telecom?', 'Buddget')?.name).toBe(true);
    expect(word('Who runs Buddget Telecom?', 'Buddget')?.french).toEqual([['buddget']]);
  });

  it('reads a compound of a shared learned prefix by its second word: telemedicine is télé + médecine', () => {
    expect(word('Who pays for the telemedicine booth?', 'telemedicine')?.french).toContainEqual(['telemedecin']);
    expect(word('Who pays for the telemedicine booth?', 'telemedicine')?.name).toBe(false);
    // a capitalised word stays a name, whatever its letters: "Microsoft" is no "microdoux"
    expect(word('Does Microsoft run the cloud?', 'Microsoft')?.name).toBe(true);
  });

  it('reads "cable TV" as the cable network French pages write, not as a name "TV"', () => {
    expect(word('Who runs the cable TV of Sorrac?', 'cable TV')?.french).toContainEqual(['cabl']);
  });

  it('reads no content in a preposition of direction: "towards the library" asks nothing of surroundings', () => {
    expect(word('How much did the village raise towards the new library?', 'towards')).toBeUndefined();
  });

  it('keeps the dictionary senses past the first few, where the useful one may stand', () => {
    // FreeDict lists "school" as école, scolaire, collégial, potache, collège: a French school of 11- to
    // 15-year-olds is a collège, fifth in the list.
    expect(word('How many schools will get tablets?', 'schools')?.french).toContainEqual(['colleg']);
  });

  it('reads the finishing of works in the words of the field: completed is achevé, as "achèvement" says it', () => {
    expect(word('When will the network be completed?', 'completed')?.french).toContainEqual(['achev']);
    expect(word('When is the fibre build-out due?', 'build-out')?.french[0]).toEqual(['deploi']);
  });

  it('reads years as "ans", which stems apart from "an", and "12-year" as a number and a unit, not a code', () => {
    expect(word('For how many years is the contract signed?', 'years')?.french).toContainEqual(['ans']);
    // "a 12-year contract": a number and a unit, not a code such as "5G" (a name, which no page may lack)
    expect(word('Which firm won the 12-year contract?', 'year')?.name).toBe(false);
    expect(word('Which firm won the 12-year contract?', '12-year')).toBeUndefined();
    expect(word('Is 5G available in the valley?', '5G')?.name).toBe(true);
  });

  it('reads the range or the reach of an antenna as its "portée", which the dictionary lacks', () => {
    expect(word('What is the range of the new mast?', 'range')?.french[0]).toEqual(['port']);
    expect(word('How far does the new relay reach?', 'reach')?.french).toContainEqual(['port']);
  });

  it('reads savings as the "économies" of energy pages, before the dictionary\'s savings of money', () => {
    expect(word('What energy savings does the new lighting bring?', 'savings')?.french[0]).toEqual(['economi']);
  });

  it('reads no content in a superlative, and a library as a médiathèque first', () => {
    expect(word('Which is the most popular workshop in the town libraries?', 'most')).toBeUndefined();
    expect(word('Which is the most popular workshop in the town libraries?', 'libraries')?.french[0]).toEqual(['mediathequ']);
  });

  it('reads an access point as French pages write it, "borne wifi" or "borne wi-fi"', () => {
    expect(word('How many free Wi-Fi access points were set up?', 'access points')?.french).toContainEqual(['born', 'wi-fi']);
  });

  it('reads street lamps, contractors and swapping in the words of French lighting pages; "since" shapes the question', () => {
    const question = 'How many street lamps has the contractor swapped out since December?';
    expect(word(question, 'street lamps')?.french).toContainEqual(['lantern']);
    expect(word(question, 'contractor')?.french).toContainEqual(['entrepris']);
    expect(word(question, 'swapped out')?.french).toContainEqual(['remplac']);
    expect(word(question, 'since')).toBeUndefined();
  });

  it('reads the head of IT as the French DSI, "IT" no pronoun', () => {
    expect(word('Who is the head of IT at the town hall?', 'head of IT')?.french[0]).toEqual(['dsi']);
  });

  it('reads money put into a project as invested ("putting into"), not as placing or laying', () => {
    expect(word('How much is the county putting into its fibre network?', 'putting into')?.french[0]).toEqual(['investir']);
  });

  it('reads a word in -ing as a noun after a determiner or a noun, as a verb after "be"', () => {
    expect(word('When is the court hearing about the mast?', 'hearing')?.verb).toBe(false);
    expect(word('Who is running the network?', 'running')?.verb).toBe(true);
  });

  it('reads the word right after "who" as its verb ("who runs", "who chairs")', () => {
    expect(word('Who runs the network company?', 'runs')?.verb).toBe(true);
    expect(word('Who chairs the digital syndicate?', 'chairs')?.verb).toBe(true);
    expect(word('Who is the chair of the association?', 'chair')?.verb).toBe(false);
  });

  it('reads a place English names its own way by its French name only: "Corsica Net" on a French page stays a name to give', () => {
    const corsica = word('Which company did the operator set up to build the network in Corsica?', 'Corsica');
    expect(corsica?.name).toBe(true);
    expect(corsica?.french).toEqual([['cors']]);
    expect(word('How many villages in Brittany have fibre?', 'Brittany')?.french).toEqual([['bretagn']]);
    // The glossary's "EU" has a name (UE) among common words: all are its French ways.
    expect(word('How much did the EU give?', 'EU')?.french).toContainEqual(['europeen']);
  });

  it('reads an acronym of the trade as its words, and any other acronym as a name', () => {
    const isp = word('Which ISP serves the village?', 'ISP');
    expect(isp?.name).toBe(false);
    expect(isp?.french).toContainEqual(['oper']);
    expect(word('Who heads the ANCT?', 'ANCT')?.name).toBe(true);
    // the data-protection regulation goes by its French acronym on French pages
    expect(word('Who helps Sorrac with the GDPR?', 'GDPR')?.french).toContainEqual(['rgpd']);
  });

  it('reads "at the latest" as shaping a deadline asked, no content to find', () => {
    const question = 'Will the Kéops link open in 2031 at the latest?';
    expect(word(question, 'at the latest')).toBeUndefined();
    expect(word(question, 'latest')).toBeUndefined();
  });

  it('reads a code as a name, and a word joined to a number as that word and the number', () => {
    expect(word('Is there 5G in the valley?', '5G')?.name).toBe(true);
    expect(word('How many grade-6 pupils got a tablet?', 'grade-6')).toBeUndefined();
    expect(word('How many grade-6 pupils got a tablet?', 'grade')?.name).toBe(false);
  });

  it('reads a word joined to a code as that word and the code ("fixed-4G")', () => {
    expect(word('Who installs fixed-4G antennas?', 'fixed-4G')).toBeUndefined();
    expect(word('Who installs fixed-4G antennas?', 'fixed')?.name).toBe(false);
    expect(word('Who installs fixed-4G antennas?', '4G')?.name).toBe(true);
  });

  it('reads the field\'s phrases whole: a fibre "connection point" is a "prise"', () => {
    const words = readEnglishWords('How many connection points are open for sale?', english);
    expect(words.find((w) => w.surface === 'connection points')?.french).toContainEqual(['pris']);
  });

  it('reads "pay for" as paying, financing, taking on or bearing the cost', () => {
    expect(readEnglishWords('Who paid for the mast?', english).find((w) => w.surface === 'paid for')?.french).toContainEqual(['support']);
  });

  it('translates by a French number only an English word that says one ("new" is "neuf", not nine)', () => {
    expect(word('How many new masts were built?', 'new')?.french).not.toContainEqual(['9']);
    expect(word('Are there nine masts?', 'nine')?.french).toContainEqual(['9']);
  });

  it('reads an agent noun the dictionary lacks by its verb, and a compound of one as English words', () => {
    expect(word('How many sixth-graders got a tablet?', 'graders')).toMatchObject({ name: false, lemmas: ['grade'] });
    expect(word('How many sixth-graders got a tablet?', 'sixth')?.name).toBe(false);
  });

  it('translates the days, months and public bodies English writes with a capital', () => {
    expect(word('Where is the bus on Wednesdays?', 'Wednesdays')).toMatchObject({ name: false });
    expect(word('Where is the bus on Wednesdays?', 'Wednesdays')?.french).toContainEqual(['mercred']);
    expect(word('How much did the State give?', 'State')).toMatchObject({ name: false });
    expect(word('How many French villages lack a mast?', 'French')).toMatchObject({ name: false });
    expect(word('How much did the State give?', 'State')?.french).toContainEqual(['etat']);
    expect(word('Who runs Wednesday Networks?', 'Networks')?.name).toBe(true);
  });

  it('asks "what kind of" as the French "type" a page says it with ("de type rançongiciel")', () => {
    expect(word('What kind of mast was built in the village?', 'What kind of')?.french[0]).toEqual(['typ']);
  });

  it('reads a hyphenated word with a part no dictionary knows as a French name, typed in lowercase or not', () => {
    expect(word('how many homes in saint-aubin-des-bois?', 'saint-aubin-des-bois')).toMatchObject({ name: true });
    // both parts English: read word by word
    expect(word('how many fibre-eligible homes?', 'fibre-eligible')).toBeUndefined();
    expect(word('how many fibre-eligible homes?', 'eligible')).toBeDefined();
    // a prefix written with its hyphen is a word of its own, not part of a name
    expect(word('who built the multi-operator mast?', 'multi-operator')).toBeUndefined();
    expect(word('who built the multi-operator mast?', 'operator')?.name).toBe(false);
    // a number opening it counts a thing, however rare its word: no name
    expect(word('when did the town open its three-borne charging station?', 'three-borne')).toBeUndefined();
    expect(word('when did the town open its three-borne charging station?', 'three')).toBeDefined();
    // a time said by a prefix and a year is no name either
    expect(word('how many masts will Sorrac build by mid-2031?', 'mid-2031')).toBeUndefined();
    expect(word('how many masts will Sorrac build by mid-2031?', '2031')).toBeDefined();
  });

  it('reads a capitalised compound of words the dictionary knows word by word, not as a name ("German-built")', () => {
    expect(word('How big are the German-built screens of Sorrac?', 'German-built')).toBeUndefined();
    expect(word('How big are the German-built screens of Sorrac?', 'built')?.name).toBe(false);
    expect(word('Who runs the Saint-Aubin network?', 'Saint-Aubin')?.name).toBe(true);
    // a French name whose words happen to be English stays a name, and so does "Wi-Fi"
    expect(word('When did Port-Royal sign with Sorrac?', 'Port-Royal')?.name).toBe(true);
    expect(word('Who pays for the Wi-Fi of Sorrac?', 'Wi-Fi')?.name).toBe(true);
  });

  it('reads a hyphenated name whole and by its words, as a French question does', () => {
    // "Saint-Aulaire" for a page that writes "Saint-Aulaire-sur-Lèze"
    expect(word('when will Saint-Aulaire get fibre?', 'Saint-Aulaire')?.french).toEqual([['saint-aulair'], ['saint', 'aulair']]);
    expect(word('when will Brest get fibre?', 'Brest')?.french).toEqual([['brest']]);
  });
});
