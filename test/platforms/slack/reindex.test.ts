// /relais reindex: refused to non-admins (nothing runs), run for admins with "started" then the
// summary, after which a press release dropped into the corpus folder answers questions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_USER_ID, type Harness, slash, startHarness } from './slackTestHarness.ts';

const NEW_RELEASE = '950_lozere_tiers_lieux.txt';
const NEW_RELEASE_TITLE = "L'Ariège ouvre douze tiers-lieux numériques";
const NEW_RELEASE_TEXT = `${NEW_RELEASE_TITLE}

Foix, le jeudi 4 avril 2019. Le Département de l'Ariège a ouvert douze tiers-lieux numériques, dont trois fab labs, pour accompagner le télétravail dans les vallées.

Le programme est financé par le Fonds européen de développement régional et la Région Occitanie.
`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  await h?.close();
});

describe('/relais reindex', () => {
  it('refuses a non-admin ephemerally and leaves the index alone', async () => {
    const before = h.engine.status().indexedAt;
    const { result, response } = await slash(h, 'reindex');
    expect(result.status).toBe(200);
    const refusal = await response();
    expect(refusal.body['response_type']).toBe('ephemeral');
    expect(String(refusal.body['text'])).toMatch(/administrateurs/);
    expect(h.engine.status().indexedAt).toBe(before);
    expect(h.engine.status().reindexing).toBe(false);
    expect(h.fake.responses.filter((r) => r.body['response_type'] === 'in_channel')).toHaveLength(0);
  });

  it('runs for an admin: "started", then the summary; the new press release is then answerable', async () => {
    const before = h.engine.status();
    await h.writeCorpusFile(NEW_RELEASE, NEW_RELEASE_TEXT);
    // Not indexed yet.
    const early = await slash(h, "Combien de tiers-lieux l'Ariège a-t-elle ouverts ?");
    // Answers cite titles, not files: the new release's title must not show yet.
    expect(JSON.stringify((await early.response()).body)).not.toContain(NEW_RELEASE_TITLE);

    const { response } = await slash(h, 'reindex', { user_id: ADMIN_USER_ID });
    const started = await response(1);
    const summary = await response(2);
    expect(String(started.body['text'])).toMatch(/Réindexation lancée/);
    expect(String(summary.body['text'])).toMatch(/Réindexation terminée/);
    expect(String(summary.body['text'])).toContain(`Ajoutés (1) : ${NEW_RELEASE}`);
    expect(JSON.stringify(summary.body['blocks'])).toContain(NEW_RELEASE);
    expect(summary.body['response_type']).toBe('in_channel');
    expect(h.engine.status().documents).toBe(before.documents + 1);
    expect(h.engine.status().indexedAt).not.toBe(before.indexedAt);

    const after = await slash(h, "Combien de tiers-lieux l'Ariège a-t-elle ouverts ?");
    const answer = await after.response();
    const blocks = JSON.stringify(answer.body['blocks']);
    expect(blocks).toContain(NEW_RELEASE_TITLE);
    expect(blocks.replace(/\*/g, '')).toContain('douze tiers-lieux');
  });
});
