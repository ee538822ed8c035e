/**
 * The subset of Discord's message validation that a chat bot is likely to trip over, answered with
 * the same error codes and `errors` tree shape as the real API (discord.js turns them into
 * DiscordAPIError with `.code` and a readable message).
 */

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: unknown;
}

export interface ValidationFailure {
  status: number;
  body: DiscordErrorBody;
}

type ErrorTree = Record<string, unknown>;

function setError(tree: ErrorTree, path: (string | number)[], code: string, message: string): void {
  let node: ErrorTree = tree;
  for (const key of path) {
    const k = String(key);
    node[k] ??= {};
    node = node[k] as ErrorTree;
  }
  const errors = ((node._errors as unknown[] | undefined) ??= []);
  errors.push({ code, message });
}

const maxLen = (limit: number) => `Must be ${limit} or fewer in length.`;

interface EmbedLike {
  title?: unknown;
  description?: unknown;
  fields?: { name?: unknown; value?: unknown }[];
  footer?: { text?: unknown };
  author?: { name?: unknown };
}

const strLen = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

/**
 * Validates a message create/edit body (channel message, interaction response data, webhook
 * message). `requireContent`: creating a message needs content, embeds, components, stickers,
 * files or a poll (error 50006); edits don't.
 */
export function validateMessageBody(body: unknown, opts: { requireContent: boolean; hasFiles: boolean }): ValidationFailure | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  const tree: ErrorTree = {};
  let invalid = false;

  const content = b.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    setError(tree, ['content'], 'STRING_TYPE_CONVERT', 'Could not interpret value as string.');
    invalid = true;
  } else if (strLen(content) > 2000) {
    setError(tree, ['content'], 'BASE_TYPE_MAX_LENGTH', maxLen(2000));
    invalid = true;
  }

  const embeds = Array.isArray(b.embeds) ? (b.embeds as EmbedLike[]) : [];
  if (embeds.length > 10) {
    setError(tree, ['embeds'], 'BASE_TYPE_MAX_LENGTH', maxLen(10));
    invalid = true;
  }
  let total = 0;
  embeds.forEach((embed, i) => {
    const check = (path: (string | number)[], value: unknown, limit: number) => {
      const len = strLen(value);
      total += len;
      if (len > limit) {
        setError(tree, ['embeds', i, ...path], 'BASE_TYPE_MAX_LENGTH', maxLen(limit));
        invalid = true;
      }
    };
    check(['title'], embed.title, 256);
    check(['description'], embed.description, 4096);
    check(['footer', 'text'], embed.footer?.text, 2048);
    check(['author', 'name'], embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) {
      setError(tree, ['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', maxLen(25));
      invalid = true;
    }
    fields.forEach((field, j) => {
      if (strLen(field.name) === 0) {
        setError(tree, ['embeds', i, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
        invalid = true;
      }
      if (strLen(field.value) === 0) {
        setError(tree, ['embeds', i, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
        invalid = true;
      }
      check(['fields', j, 'name'], field.name, 256);
      check(['fields', j, 'value'], field.value, 1024);
    });
  });
  if (total > 6000) {
    setError(tree, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    invalid = true;
  }

  if (invalid) {
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: tree } };
  }

  if (opts.requireContent) {
    const hasSomething =
      strLen(content) > 0 ||
      embeds.length > 0 ||
      (Array.isArray(b.components) && b.components.length > 0) ||
      (Array.isArray(b.sticker_ids) && b.sticker_ids.length > 0) ||
      b.poll !== undefined ||
      opts.hasFiles;
    if (!hasSomething) return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  }
  return undefined;
}

/** Basic checks Discord applies to a bulk-overwrite of application commands. */
export function validateCommands(body: unknown): ValidationFailure | undefined {
  if (!Array.isArray(body)) {
    return {
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: { _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }] },
      },
    };
  }
  const tree: ErrorTree = {};
  let invalid = false;
  if (body.length > 100) {
    setError(tree, [], 'BASE_TYPE_MAX_LENGTH', maxLen(100));
    invalid = true;
  }
  const seen = new Set<string>();
  body.forEach((raw: unknown, i: number) => {
    const cmd = (raw ?? {}) as Record<string, unknown>;
    const type = (cmd.type as number | undefined) ?? 1;
    const name = typeof cmd.name === 'string' ? cmd.name : '';
    if (type === 1 && !/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(name)) {
      setError(tree, [i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      invalid = true;
    } else if (type === 1 && name !== name.toLowerCase()) {
      setError(tree, [i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      invalid = true;
    }
    const key = `${type}:${name}`;
    if (seen.has(key)) {
      setError(tree, [i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
      invalid = true;
    }
    seen.add(key);
    const description = typeof cmd.description === 'string' ? cmd.description : '';
    if (type === 1 && (strLen(description) < 1 || strLen(description) > 100)) {
      setError(tree, [i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      invalid = true;
    }
  });
  return invalid ? { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: tree } } : undefined;
}
