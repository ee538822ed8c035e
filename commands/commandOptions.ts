// A command's options as parsed from chat text or a platform's slash command: one type shared by
// commands and the reply actions that carry a command back (a confirmation), with no import between them.
/** Option values by name; strings as typed, integers parsed. */
export type CommandOptions = Record<string, string | number | undefined>;
