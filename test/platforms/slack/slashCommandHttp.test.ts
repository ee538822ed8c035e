// /relais over HTTP: signed requests acknowledged at once and answered through response_url;
// forged or stale requests refused before anything runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_USER_ID,
  GERS_FILE,
  GERS_QUESTION,
  GERS_TITLE,
  type Harness,
  SIGNING_SECRET,
  slash,
  startHarness,
} from './slackTestHarness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  await h?.close();
});

describe('/relais over HTTP', () => {
  it('acks a signed question with 200 and answers privately (ANSWER_VISIBILITY=private) with a cited fact', async () => {
    const { result, response } = await slash(h, GERS_QUESTION);
    expect(result.status).toBe(200);
    const answer = await response();
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(JSON.stringify(answer.body['blocks'])).toContain('Partager dans le canal');
    const blocks = JSON.stringify(answer.body['blocks']);
    expect(blocks.replace(/\*/g, '')).toContain('163 personnes');
    expect(blocks).toContain(GERS_TITLE);
    // The matched terms are in bold.
    expect(blocks).toContain('*163* personnes');
    expect(String(answer.body['text'])).toContain('163 personnes');
    // Answered through response_url only: no chat.postMessage needed (works where the bot is not a member).
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers help ephemerally and lists sources in the channel', async () => {
    const help = await slash(h, 'help');
    const helpReply = await help.response();
    expect(helpReply.body['response_type']).toBe('ephemeral');
    // Help says how to ask here, and keeps admin commands for admins.
    expect(JSON.stringify(helpReply.body['blocks'])).toContain('/relais sources');
    expect(JSON.stringify(helpReply.body['blocks'])).not.toContain('reindex');
    const adminHelp = await (await slash(h, 'help', { user_id: ADMIN_USER_ID })).response();
    expect(JSON.stringify(adminHelp.body['blocks'])).toContain('/relais reindex');

    const sources = await slash(h, 'sources gers');
    const list = await sources.response();
    expect(list.body['response_type']).toBe('in_channel');
    expect(JSON.stringify(list.body['blocks'])).toContain(GERS_FILE);
  });

  it('asks a question that begins with a command word instead of running the command (issue 14, item 4)', async () => {
    const question = await slash(h, "Aide de l'État pour la fibre dans le Gers ?");
    const reply = await question.response();
    // Help lists the commands; a question's reply carries the answer's buttons.
    expect(JSON.stringify(reply.body['blocks'])).toContain('relais:share:');
    expect(JSON.stringify(reply.body['blocks'])).not.toContain('reindex');
    const stats = await (await slash(h, 'Stats fibre Gers', { user_id: 'U0NOTADMIN' })).response();
    expect(String(stats.body['text'])).not.toMatch(/administrateurs|admins/);
  });

  it('replies in English to an English question', async () => {
    const { response } = await slash(h, 'How many people work on the building sites in the Gers?');
    const reply = await response();
    expect(String(reply.body['text'])).toContain('163');
    expect(JSON.stringify(reply.body['blocks'])).toContain('Read the passage');
    expect(JSON.stringify(reply.body['blocks'])).not.toContain('Lire le passage');
  });

  it('refuses a bad signature and a stale timestamp with 401, and answers neither', async () => {
    const forged = h.fake.slashCommand({ text: GERS_QUESTION });
    const bad = await h.fake.sendSlashCommand(h.adapter.url as string, SIGNING_SECRET, forged, { badSignature: true });
    expect(bad.status).toBe(401);
    const old = h.fake.slashCommand({ text: GERS_QUESTION });
    const stale = await h.fake.sendSlashCommand(h.adapter.url as string, SIGNING_SECRET, old, { timestampSkewSec: 6 * 60 });
    expect(stale.status).toBe(401);

    // A valid command sent afterwards is answered; the refused ones never are.
    const { response } = await slash(h, 'help');
    await response();
    const refusedIds = [forged, old].map((p) => decodeURIComponent(new URL(p.response_url).pathname.split('/').pop() ?? ''));
    for (const id of refusedIds) expect(h.fake.responsesTo(id)).toHaveLength(0);
  });
});
