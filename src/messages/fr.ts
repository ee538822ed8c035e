// Everything Relais says to people, in French.
import type { Messages } from './messages.ts';

const decimal = (value: number): string => value.toFixed(1).replace('.', ',');

export const fr: Messages = {
  errors: {
    'empty-question': () => 'Posez une question avec des mots, par exemple « Combien de prises ouvertes à la fibre compte le Gers ? »',
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
    also: 'Également :',
    readPassage: 'Lire le passage',
  },
  sources: {
    description: 'Liste les communiqués indexés (titre, date, fichier), filtrés par un ou deux mots.',
    filterOption: 'Un mot du titre, du fichier ou du territoire',
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
  source: {
    description: "Montre un communiqué : titre, date, lien et premières lignes.",
    fileOption: 'Le fichier du communiqué, par ex. 002_exemple.txt',
    usage: 'Indiquez un fichier : « source 002_exemple.txt » (la commande « sources » les liste).',
    notFound: (file) => `Aucun communiqué indexé ne s'appelle « ${file} ». La commande « sources » liste les fichiers.`,
    file: 'Fichier',
    date: 'Date',
    link: 'Lien',
    territory: 'Territoire',
    unknown: 'non indiquée',
    none: 'aucun',
    opening: 'Début du communiqué :',
    passages: (count) => `${count} passage(s) indexé(s)`,
  },
  passage: {
    gone: "Ce passage n'est plus dans le corpus : le communiqué a été modifié ou retiré depuis la réponse. Reposez la question.",
  },
  help: {
    description: 'Ce que sait Relais et comment lui poser une question.',
    heading: (documents) => `Relais répond à partir de ${documents} communiqués sur les programmes numériques des territoires, sources à l'appui.`,
    howToAsk:
      'Posez une question précise, en français ou en anglais. Chaque réponse est un fait cité du corpus avec sa source ; quand le corpus ne le dit pas, Relais le dit. Pour demander :',
    waysToAsk: {
      slack: () => ['/relais <votre question>', '@Relais <votre question>, dans un canal où Relais est invité', 'un message privé à Relais'],
      discord: (ask) => [ask, '@Relais <votre question>, dans un salon du serveur', 'un message privé à Relais'],
      terminal: () => ['tapez la question, puis Entrée'],
    },
    examples: 'Par exemple :',
    exampleQuestion: (title) => `Qu'annonce « ${title} » ?`,
    commands: 'Commandes :',
    placeholders: { question: 'question', filter: 'filtre', page: 'page', file: 'fichier' },
    lastIndexed: 'Dernière indexation',
  },
  discord: { unknownCommand: 'Commande inconnue ; essayez /aide.' },
  slack: { moreNotShown: (count) => `… et ${count} de plus, non affichés ici. Posez une question plus précise pour affiner.` },
  terminal: {
    greeting: (documents) => `Relais — ${documents} communiqués indexés. Posez une question (ou « help », « sources », « reindex »). Ctrl-D pour quitter.`,
  },
  conversation: {
    helpfulButton: 'Utile',
    notHelpfulButton: 'Pas utile',
    shareButton: 'Partager dans le canal',
    sharedQuestion: (question) => `Question : « ${question} »`,
    shared: 'Réponse partagée dans le canal.',
    expired: 'Cette réponse est trop ancienne pour ses boutons ; posez de nouveau la question.',
    voteRecorded: 'Merci, votre avis est enregistré.',
    voteChanged: 'Merci, votre avis est modifié.',
    voteUnchanged: 'Vous avez déjà donné cet avis sur cette réponse.',
    notYours: 'Seule la personne qui a posé la question peut partager cette réponse.',
    feedbackSummary: (votes, percent) => `Avis sur les réponses : ${votes}, dont ${percent} utiles.`,
    mostDisliked: 'Réponses le plus souvent jugées pas utiles :',
  },
};
