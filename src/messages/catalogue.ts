// The message catalogue: the asker's language picks the messages (fr.ts, en.ts).
import type { Locale, UserError, UserErrorCode, UserErrorParams } from '../engine/index.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Messages, UserErrorTexts } from './messages.ts';

export type { Messages };

const CATALOGUES: Readonly<Record<Locale, Messages>> = { fr, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** A refusal in the asker's language. */
export function userErrorText<C extends UserErrorCode>(error: UserError<C>, locale: Locale): string {
  const texts: UserErrorTexts = messagesFor(locale).errors;
  const render: (params: UserErrorParams[C]) => string = texts[error.code];
  return render(error.params);
}

/** One text in both languages, for what a platform registers once for everyone (Discord's commands). */
export function inBothLanguages(pick: (messages: Messages) => string): { fr: string; en: string } {
  return { fr: pick(fr), en: pick(en) };
}
