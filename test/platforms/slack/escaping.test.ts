// Corpus text and questions reach Slack escaped: no broadcast (<!channel>, <!here>, <!everyone>) and
// no user mention can come out of a press release or a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingPosted, type Harness, SIGNING_SECRET, slash, startHarness } from './slackTestHarness.ts';

const HOSTILE_FILE = '900_creuse_wifi.txt';
const HOSTILE_RELEASE = `La Creuse installe des bornes Wi-Fi publiques <!here> dans ses villages

Guéret, le mardi 12 mars 2019. Le Département de la Creuse a installé 4200 bornes Wi-Fi publiques <!channel> <!everyone> @everyone <@U123> <https://evil.example|cliquez ici> *dans* ses villages & hameaux, annonce le président du Département.
`;
const QUESTION = 'Combien de bornes Wi-Fi la Creuse a-t-elle installées ?';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http', extraFiles: { [HOSTILE_FILE]: HOSTILE_RELEASE } });
});
afterAll(async () => {
  await h?.close();
});

function expectNothingDangerous(posted: string[]): void {
  expect(posted.length).toBeGreaterThan(0);
  for (const json of posted) {
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).not.toContain('<https://evil.example');
  }
}

describe('escaping', () => {
  it('a slash-command answer quoting the hostile sentence shows it escaped', async () => {
    const { response } = await slash(h, QUESTION);
    const answer = await response();
    const blocks = JSON.stringify(answer.body['blocks']);
    // Cited by its title, escaped like the rest.
    expect(blocks).toContain('La Creuse installe des bornes Wi-Fi publiques &lt;!here&gt;');
    expect(blocks).toContain('&lt;!channel&gt; &lt;!everyone&gt; @everyone &lt;@U123&gt;');
    expect(blocks).toContain('&amp; hameaux');
    // The corpus's own * cannot pair with Relais's bold markers.
    expect(blocks).not.toContain('*dans*');
    expectNothingDangerous(everythingPosted(h.fake));
  });

  it('a mention answer and a hostile question are escaped too', async () => {
    const mention = h.fake.appMention({ text: `${QUESTION} <!channel> <@U0HUMAN001>` });
    await h.fake.sendEvent(h.adapter.url as string, SIGNING_SECRET, mention);
    await h.fake.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === mention['ts']);
    // A question naming things the corpus never mentions is echoed back in the "not in the corpus" answer.
    const { response } = await slash(h, 'Que dit Zorglub <!everyone> <@U0ADMIN0001> sur Ploumanac ?');
    await response();
    const help = await slash(h, 'sources creuse');
    await help.response();
    expectNothingDangerous(everythingPosted(h.fake));
  });
});
