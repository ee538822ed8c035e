// Nobody is ever pinged by Relais: set on the client and again on every message.
import type { MessageMentionOptions } from 'discord.js';

export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false }) as MessageMentionOptions;
