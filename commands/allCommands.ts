// Every command, in the order help lists them.
import { addCommand } from './add.ts';
import { askCommand } from './ask.ts';
import type { CommandDefinition } from './command.ts';
import { helpCommand } from './help.ts';
import { reindexCommand } from './reindex.ts';
import { removeCommand } from './remove.ts';
import { restoreCommand } from './restore.ts';
import { sourceCommand } from './source.ts';
import { sourcesCommand } from './sources.ts';
import { statsCommand } from './stats.ts';

export const allCommands: readonly CommandDefinition[] = [
  askCommand,
  sourcesCommand,
  sourceCommand,
  addCommand,
  removeCommand,
  restoreCommand,
  reindexCommand,
  statsCommand,
  helpCommand,
];

export function findCommand(name: string): CommandDefinition | undefined {
  const wanted = name.toLowerCase();
  return allCommands.find((c) => c.name === wanted || Object.values(c.localizedNames ?? {}).includes(wanted));
}
