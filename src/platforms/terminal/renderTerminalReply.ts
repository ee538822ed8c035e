// Renders a command's Reply for a terminal: matched words in bold when the output is a colour
// terminal, plain text otherwise (pipes, files).
import type { Span } from '../../engine/index.ts';
import { citationLine, type Reply } from '../../../commands/reply.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

// Terminal control characters from the corpus or a question must not drive the terminal.
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function emphasise(text: string, spans: Span[], color: boolean): string {
  if (!color) return clean(text);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += clean(text.slice(at, s.start)) + BOLD + clean(text.slice(s.start, s.end)) + RESET;
    at = s.end;
  }
  return out + clean(text.slice(at));
}

export function renderTerminalReply(reply: Reply, color: boolean): string {
  const dim = (text: string) => (color ? `${DIM}${text}${RESET}` : text);
  const lines = reply.heading.trim() ? [color ? `${BOLD}${clean(reply.heading)}${RESET}` : clean(reply.heading)] : [];
  for (const s of reply.sections) {
    if (s.type === 'text') lines.push(clean(s.text));
    else if (s.type === 'context') lines.push(dim(clean(s.text)));
    else if (s.type === 'list') lines.push(...s.items.map((i) => `  • ${clean(i)}`));
    else {
      // The lead fact opens the reply; further ones are bulleted under it.
      const indent = s.lead === false ? '  ' : '';
      lines.push(`${indent}${s.lead === false ? '• ' : ''}« ${emphasise(s.excerpt, s.highlights, color)} »`);
      lines.push(dim(`${indent}   — ${clean(citationLine(s.citation))}`));
    }
  }
  return lines.join('\n');
}
