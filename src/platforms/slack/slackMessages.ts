// What the Slack adapter itself says to people (everything else comes from the shared commands).
// Kept apart from the log messages, which are for operators and stay in English.
import type { Locale } from '../../../commands/command.ts';

export const slackMessages = {
  somethingWentWrong: (ref: string, locale: Locale): string =>
    locale === 'en'
      ? `Something went wrong; it has been reported (ref. ${ref}).`
      : `Une erreur s'est produite ; elle a été signalée (réf. ${ref}).`,
  moreNotShown: (count: number, locale: Locale): string =>
    locale === 'en'
      ? `… and ${count} more not shown here. Ask a more precise question to narrow it down.`
      : `… et ${count} de plus, non affichés ici. Posez une question plus précise pour affiner.`,
};
