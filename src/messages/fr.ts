// Everything Relais says to people, in French.
import type { Messages } from './messages.ts';

const decimal = (value: number): string => value.toFixed(1).replace('.', ',');

export const fr: Messages = {
  errors: {
    'empty-question': () => 'Posez une question avec des mots, par exemple « Combien de prises sont éligibles à la fibre dans le Gers ? »',
    'question-too-long': ({ length, max }) => `Cette question fait ${length} caractères ; la limite est de ${max}.`,
    'reindex-failed': ({ code }) =>
      `Réindexation impossible : le dossier du corpus ne se lit pas (${code ?? 'erreur'}). L'index précédent reste en service.`,
    'search-unavailable': () =>
      "La recherche est indisponible, nouvelle tentative en cours : la base de l'index ne répond pas. Reposez la question dans un instant.",
    'rate-limited': ({ retryAfterSec }) => `Vous avez posé beaucoup de questions en une minute ; merci de réessayer dans ${retryAfterSec} s.`,
    busy: () => 'Relais répond à beaucoup de questions en ce moment ; merci de réessayer dans quelques secondes.',
    stopping: () => 'Relais redémarre ; merci de reposer votre question dans une minute.',
    'not-admin': ({ command }) => `Seuls les administrateurs de Relais peuvent lancer ${command}.`,
  },
  somethingWentWrong: (ref) => `Une erreur s'est produite ; elle a été signalée (réf. ${ref}).`,
  ask: {
    description: 'Pose une question au corpus de communiqués ; réponse citée ou « le corpus ne le dit pas ».',
    questionOption: 'Votre question, en français ou en anglais',
    facts: (count) => `${count === 1 ? 'Un fait trouvé' : `${count} faits trouvés`}, le plus pertinent d'abord :`,
    noAnswer: (missing) => `Le corpus ne répond pas à cette question${missing.length > 0 ? ` (il ne mentionne jamais ${missing.join(', ')})` : ''}.`,
    noSureAnswer: 'Je ne trouve pas de réponse sûre dans le corpus.',
    closestPassage: 'Le passage le plus proche :',
    closestDocuments: 'Documents les plus proches :',
  },
  sources: {
    description: 'Liste les communiqués indexés (titre, date, format, lien), filtrés par un ou deux mots.',
    filterOption: 'Un mot du titre, du territoire, des thèmes ou du texte',
    pageOption: 'Numéro de page',
    none: (filter) => `Aucun communiqué${filter ? ` contenant « ${filter} »` : ''}.`,
    count: (count, filter) => `${count} communiqué(s)${filter ? ` contenant « ${filter} »` : ''} :`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
  reindex: {
    description: 'Réindexe le dossier du corpus (administrateurs).',
    started: 'Réindexation lancée…',
    alreadyRunning: 'Une réindexation est déjà en cours ; vous en aurez le bilan.',
    done: (seconds, documents, passages) => `Réindexation terminée en ${decimal(seconds)} s : ${documents} documents, ${passages} passages.`,
    added: 'Ajoutés',
    changed: 'Modifiés',
    removed: 'Retirés',
    skipped: 'Ignorés',
    more: (shown, more) => `${shown} et ${more.toLocaleString('fr')} autres`,
  },
  stats: {
    description: 'Questions posées, part de réponses, questions sans réponse les plus fréquentes (administrateurs).',
    heading: 'Ce que l’on demande à Relais',
    nothingYet: 'Aucune question enregistrée pour le moment.',
    keptWhileServing: 'Les statistiques sont tenues quand Relais sert Slack ou Discord (npm start).',
    summary: (questions, since, answered, percent, median) =>
      `${questions} questions depuis le ${since} : ${answered} avec réponse (${percent}) ; temps de réponse médian ${median}.`,
    topUnanswered: 'Questions sans réponse les plus fréquentes (par termes clés) :',
    topCited: 'Documents les plus cités :',
  },
  help: {
    description: 'Ce que sait Relais et comment lui poser une question.',
    heading: (documents) => `Relais répond à partir de ${documents} communiqués sur les programmes numériques des territoires, sources à l'appui.`,
    howToAsk:
      'Posez une question précise, en français ou en anglais : « Combien de prises sont éligibles à la fibre dans le Gers ? ». Chaque réponse est un fait cité du corpus avec sa source ; quand le corpus ne le dit pas, Relais le dit.',
    lastIndexed: 'Dernière indexation',
  },
  discord: { unknownCommand: 'Commande inconnue ; essayez /aide.' },
  slack: { moreNotShown: (count) => `… et ${count} de plus, non affichés ici. Posez une question plus précise pour affiner.` },
  terminal: {
    greeting: (documents) => `Relais — ${documents} communiqués indexés. Posez une question (ou « help », « sources », « reindex »). Ctrl-D pour quitter.`,
  },
};
