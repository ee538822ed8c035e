// The reply to "Lire le passage": the paragraph around a cited fact, with the fact in it emphasised and
// its document cited; shown only to whoever clicked. Not a typed command: the adapters run it on a click.
import { type Locale, type RelaisEngine, UserError } from '../src/engine/index.ts';
import { messagesFor, userErrorText } from '../src/messages/catalogue.ts';
import { replyCitation } from './citation.ts';
import { errorReply, type Reply } from './reply.ts';

export async function readPassageReply(engine: RelaisEngine, reference: string, locale: Locale): Promise<Reply> {
  let found;
  try {
    found = await engine.readPassage(reference);
  } catch (error) {
    // The index is out of reach for a moment: say so, as a question would.
    if (error instanceof UserError) return errorReply(userErrorText(error, locale));
    throw error;
  }
  if (!found) return errorReply(messagesFor(locale).passage.gone);
  return {
    ephemeral: true,
    heading: '',
    sections: [
      { type: 'fact', excerpt: found.text, highlights: [found.passage], citation: replyCitation(found.document, locale), lead: true },
    ],
  };
}
