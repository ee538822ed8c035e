// Words of spoken and chat French and the standard words they stand for: "ordi" is ordinateur, "asso"
// association, "boîte" entreprise. General vocabulary, folded; applied to questions only.

const PAIRS = `ordi:ordinateur ordis:ordinateurs asso:association assos:associations agglo:agglomération
agglos:agglomérations appli:application applis:applications info:information infos:informations
dept:département dépt:département gouv:gouvernement admin:administration prof:professeur profs:professeurs
pro:professionnel pros:professionnels comcom:communauté_de_communes interco:intercommunalité
intercos:intercommunalités télécoms:télécommunications télécom:télécommunication tél:téléphone
boîte:entreprise boîtes:entreprises boulot:travail fric:argent thune:argent thunes:argent pognon:argent
bosser:travailler gosses:enfants gamins:enfants mômes:enfants ados:adolescents fac:université
resto:restaurant bagnole:voiture boss:patron sous:argent balles:euros
mecs:hommes nana:femme exam:examen smartphone:téléphone portable:téléphone
wifi:wi-fi ado:adolescent perso:personnel dispo:disponible expo:exposition manif:manifestation
cata:catastrophe projo:projet récup:récupération`;

/** Folded informal word → the standard French it stands for (words separated by spaces). */
export const INFORMAL_FRENCH: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/).filter(Boolean).map((pair) => {
    const [word = '', standard = ''] = pair.split(':');
    return [word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), standard.replace(/_/g, ' ')] as [string, string];
  }),
);
