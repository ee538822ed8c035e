// The YAML front-matter of a Markdown file kept in the corpus (title, date, url). The YAML library
// loads with the first file written, not with the bot: it took ~150 ms of every start-up.
type Stringify = typeof import('yaml').stringify;

let stringify: Promise<Stringify> | undefined;

/** The fields as YAML, each on its line, ending with a newline (without the `---` fences). */
export async function yamlFrontMatter(fields: Record<string, string>): Promise<string> {
  stringify ??= import('yaml').then((yaml) => yaml.stringify);
  return (await stringify)(fields);
}
