// The courtesies around a question typed in chat: "Bonjour, petite question : …", "… Merci d'avance !",
// "Hi team, … Thanks". They ask nothing, yet read as words they weigh against every passage (and
// "Hello" would make a French question English). French and English, as people write them.

const GREETING =
  /^\s*(?:(?:bonjour|bonsoir|salut|coucou|hello|hey|hi|rebonjour)(?![\p{L}'’])(?:\s+(?:à tous|a tous|tout le monde|la team|l'équipe|l'equipe|everyone|all|team|there)(?![\p{L}]))?\s*[,!.:;-]*\s*)+/iu;
const PREAMBLE =
  /^\s*(?:(?:une?|petite|petit|rapide|simple|quick|small)\s+)*(?:question|interrogation|curiosité|curiosite)\s*(?:pour vous|for you)?\s*[:,!-]+\s*/iu;
const CLOSING =
  /(?:^|[\s,.!;:-]+)(?:merci(?:\s+(?:beaucoup|bien|d'avance|par avance|à vous|a vous|pour votre aide|pour vos réponses|pour vos reponses))*|bonne (?:journée|journee|soirée|soiree)|cordialement|bien à vous|bien a vous|svp|stp|s'il vous pla[iî]t|s'il te pla[iî]t|thanks(?:\s+(?:a lot|in advance))?|thank you(?:\s+(?:in advance|very much))?|cheers|please)[\s.!]*$/iu;

/** The question without the greetings, preambles and thanks around it; itself when nothing else would remain. */
export function withoutCourtesies(question: string): string {
  let text = question.replace(GREETING, '').replace(PREAMBLE, '');
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(CLOSING, '');
  }
  return /\p{L}/u.test(text) ? text.trim() : question;
}
