// Common first names in France (given names of people born 1940–2010, and a few frequent elsewhere in
// Europe): a capitalised name that starts with one is a person's, not a place's or a company's. General
// data, folded; compound first names ("Jean-Louis") are recognised by their first part.
const NAMES = `adeline adrien agathe agnes ahmed alain albane albert alexandra alexandre alexia alexis alfred alice alicia
aline alphonse amandine amelie anais andre andree angelique anna anne annick annie anthony antoine armand
armelle arnaud arthur audrey auguste aurelie aurelien aurore axel aymeric baptiste bastien beatrice benedicte
benjamin benoit bernadette bernard bertrand blandine brigitte bruno camille capucine carlos carole caroline
catherine cecile cedric celine chantal charles charlotte chloe christelle christian christiane christine
christophe claire clarisse claude claudine clement colette coralie corentin corinne cynthia cyril cyrille
damien daniel daniele danielle david delphine denis denise didier dominique dorothee dylan edith edouard
elisabeth elise elodie eloise elsa emeline emile emilie emma emmanuel emmanuelle eric erwan estelle etienne
eugenie eva evelyne fabien fabienne fabrice fanny fatima fernand florence florent florian francis franck
francois francoise frederic frederique gabriel gael gaelle gaetan gaston genevieve geoffrey georges geraldine
gerard ghislaine gilbert gilles ginette giovanni gisele gregoire gregory guillaume guy gwenaelle hans helene
heloise henri herve hugo hugues huguette ines irene isabelle jacky jacqueline jacques jean jeanne jeremie
jeremy jerome jessica jocelyne joel joelle john jonathan jordan jose joseph josephine josette josiane juan
jules julian julie julien juliette justine karim karine kevin laetitia laura laure laurence laurent laurianne
laurine lea leila lena leo leon lilian lionel lise loic lola louis louise luc lucas lucie lucien lucile
ludovic lydia lydie madeleine maelle maeva magali manon marc marcel maria marianne marie marine marion marius
marjorie marthe martin martine maryse mathias mathieu mathilde matthieu maurice maxime maximilien melanie
melissa melodie michael michel michele micheline mickael miguel mireille mohamed monique morgan morgane muriel
myriam nadege nadia nadine natacha nathalie nathan nelly nicolas nicole nina noel noemie nolwenn oceane odette
odile olivier ophelie paolo pascal pascale patrice patricia patrick paul paulette pauline perrine peter
philippe pierre pierrick quentin rachel rachid raphael raymond rebecca regine regis remi renaud rene robert
rodolphe roger roland romain romuald ronan roselyne sabine sabrina sacha samuel sandra sandrine sarah
sebastien serge severine simon simone sofiane solene sonia sophie stephane stephanie suzanne sylvain sylviane
sylvie theo thibaud thibault thibaut thierry thomas timothee tiphaine tony tristan valentin valerie vanessa
veronique victor vincent virginie vivien william xavier yann yannick yasmine yoann yohann yolande yves yvette
yvon yvonne zoe`;

/** Folded common first names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
