// help: what Relais knows, how to ask, and the commands.
import { defineCommand } from './command.ts';

export const helpCommand = defineCommand({
  name: 'help',
  localizedNames: { fr: 'aide' },
  description: { fr: 'Ce que sait Relais et comment lui poser une question.', en: 'What Relais knows and how to ask it.' },
  options: [],
  adminOnly: false,
  slow: false,
  async run(input, { engine, commands }) {
    const en = input.locale === 'en';
    const status = engine.status();
    return {
      ephemeral: true,
      heading: en
        ? `Relais answers from ${status.documents} press releases on territorial digital programs, with its sources.`
        : `Relais répond à partir de ${status.documents} communiqués sur les programmes numériques des territoires, sources à l'appui.`,
      sections: [
        {
          type: 'text',
          text: en
            ? 'Ask a precise question, in French or English: "How many homes can get fibre in the Gers?". Each answer is a fact quoted from the corpus with its source; when the corpus does not say, Relais says so.'
            : 'Posez une question précise, en français ou en anglais : « Combien de prises sont éligibles à la fibre dans le Gers ? ». Chaque réponse est un fait cité du corpus avec sa source ; quand le corpus ne le dit pas, Relais le dit.',
        },
        {
          type: 'list',
          items: commands.map((c) => `${c.name}${c.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')} — ${en ? c.description.en : c.description.fr}`),
        },
        { type: 'context', text: `${en ? 'Last indexed' : 'Dernière indexation'} : ${status.indexedAt} · ${status.passages} passages` },
      ],
    };
  },
});
