// Buttons a reply carries, platform-neutral: each adapter renders them (Slack Block Kit actions,
// Discord components) and routes the click back to what the action names.
export type ReplyAction =
  /** Shows the asker, privately, the paragraph around a cited passage (the engine's Fact.passage reference). */
  | { kind: 'read-passage'; label: string; passage: string };
