// A reply's buttons on Discord: one action row, in the reply's language; none without actions.
import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../src/platforms/discord/renderDiscordReply.ts';
import { confirmationFor, replyActionRows } from '../../../src/platforms/discord/replyActions.ts';

describe('Discord reply actions', () => {
  it('renders 👍 / 👎 and share as buttons of one row', () => {
    const [row] = replyActionRows(
      [
        { kind: 'feedback', answerId: 'A1' },
        { kind: 'share', answerId: 'A1' },
      ],
      'fr',
    );
    expect(row?.type).toBe(ComponentType.ActionRow);
    expect(row?.components.map((b) => [b.custom_id, b.label, b.emoji?.name, b.style])).toEqual([
      ['relais:vote:up:A1', 'Utile', '👍', ButtonStyle.Secondary],
      ['relais:vote:down:A1', 'Pas utile', '👎', ButtonStyle.Secondary],
      ['relais:share:A1', 'Partager dans le canal', undefined, ButtonStyle.Primary],
    ]);
  });

  it('renders a confirmation as a danger button of the same row, whose short key brings back the command', () => {
    const confirm = {
      kind: 'confirm' as const,
      label: 'Retirer',
      command: 'remove',
      options: { file: 'un-nom-de-fichier-assez-long.pdf' },
    };
    const [row] = replyActionRows([{ kind: 'feedback', answerId: 'A1' }, confirm], 'fr');
    const button = row?.components.at(-1);
    expect(row?.components).toHaveLength(3);
    expect(button?.style).toBe(ButtonStyle.Danger);
    expect(button?.custom_id).toMatch(/^relais:confirm:[0-9a-f]{32}$/);
    expect(confirmationFor(button?.custom_id ?? '')).toEqual({ command: 'remove', options: { file: 'un-nom-de-fichier-assez-long.pdf' } });
  });

  it('adds components to a reply only when it has actions', () => {
    // Always an array: an edit with [] takes away the buttons an earlier version of the message had.
    expect(renderDiscordReply({ ephemeral: false, heading: 'Bonjour', sections: [] }).components).toEqual([]);
    const withButtons = renderDiscordReply(
      { ephemeral: false, heading: 'Hi', sections: [], actions: [{ kind: 'feedback', answerId: 'B' }] },
      { locale: 'en' },
    );
    expect(withButtons.components?.[0]?.components.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
  });
});
