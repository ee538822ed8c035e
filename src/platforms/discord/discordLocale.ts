// A Discord client's locale as one of Relais's languages.
import type { Locale } from '../../engine/index.ts';

export function discordLocale(locale: string | null | undefined): Locale {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
