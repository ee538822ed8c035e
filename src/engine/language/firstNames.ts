// Common first names in France (given names of people born 1940–2010, and a few frequent elsewhere in
// Europe): a capitalised name that starts with one is a person's, not a place's or a company's. General
// data, folded; compound first names ("Jean-Louis") are recognised by their first part.
const NAMES = `adrien agnes alain alexandra alexandre alice aline amandine amelie anais andre andree angelique anne
annie antoine arnaud arthur audrey aurelie aurelien baptiste benjamin benoit bernadette bernard bertrand brigitte
bruno camille caroline catherine cecile celine charles charlotte chantal christian christiane christine christophe
claire claude claudine clement colette corinne cyril damien daniel danielle david delphine denis denise didier
dominique edouard elise elodie emilie emma emmanuel emmanuelle eric estelle etienne eugenie fabien fabienne fabrice
florence florian francis franck francois francoise frederic frederique gabriel gael genevieve georges gerard
gilbert gilles ginette guillaume guy helene henri herve hugo hugues ines irene isabelle jacqueline jacques jean
jeanne jeremy jerome joel joelle jonathan joseph josiane julie julien juliette justine karine kevin laetitia
laura laure laurence laurent lea leo lionel louis louise luc lucas lucie lucien lydie madeleine manon marc
marcel marie marine marion marius marthe martin martine mathieu mathilde matthieu maurice maxime melanie michel
micheline michele mireille monique muriel myriam nadine natacha nathalie nicolas nicole noel noemie odile olivier
pascal pascale patrice patricia patrick paul paulette pauline philippe pierre quentin raphael raymond regis remi
renaud rene robert roger roland romain sabine sacha samuel sandrine sarah sebastien serge simon simone solene
sophie stephane stephanie suzanne sylvain sylvie theo thierry thomas valentin valerie vanessa veronique victor
vincent virginie xavier yann yannick yves yvette yvon yvonne zoe jeremie annick armelle gwenaelle loic erwan
ronan maelle nolwenn morgane mohamed ahmed karim nadia fatima leila rachid sofiane yasmine hans peter john david
michael anna maria paolo giovanni carlos jose juan miguel`;

/** Folded common first names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
