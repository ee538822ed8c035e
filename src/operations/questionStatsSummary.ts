// The admins' summary of kept question records, oldest first: questions, share answered, median
// latency, unanswered questions grouped by their key terms, documents cited most. The PostgreSQL store
// computes the same figures in SQL (postgres/postgresQuestionStats.ts); the tests hold both to this.
import type { QuestionStatsSummary, UnansweredGroup } from '../../commands/command.ts';
import type { QuestionRecord } from './questionStatsStore.ts';

/** The key unanswered questions are grouped by: their key terms, else their text. */
export function unansweredKey(record: Pick<QuestionRecord, 'terms' | 'question'>): string {
  const terms = record.terms ?? [];
  return terms.length > 0 ? terms.join(' ') : `"${(record.question ?? '').toLowerCase()}"`;
}

export function summarizeRecords(records: readonly QuestionRecord[], top = 5): QuestionStatsSummary {
  const answered = records.filter((r) => r.answered).length;
  const latencies = records.map((r) => r.latencyMs).sort((a, b) => a - b);
  const first = records[0];
  return {
    ...(first ? { since: new Date(first.at).toISOString() } : {}),
    questions: records.length,
    answered,
    answeredShare: records.length > 0 ? answered / records.length : 0,
    ...(latencies.length > 0 ? { medianLatencyMs: median(latencies) } : {}),
    topUnanswered: unansweredGroups(records).slice(0, top),
    topCited: citedDocuments(records).slice(0, top),
  };
}

function unansweredGroups(records: readonly QuestionRecord[]): UnansweredGroup[] {
  const groups = new Map<string, UnansweredGroup>();
  for (const r of records) {
    if (r.answered) continue;
    const key = unansweredKey(r);
    const group = groups.get(key) ?? { terms: r.terms ?? [], count: 0, example: '' };
    group.count++;
    group.example = r.question ?? '';
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || compareText(a.terms.join(' '), b.terms.join(' ')));
}

function citedDocuments(records: readonly QuestionRecord[]): { source: string; title: string; count: number }[] {
  const cited = new Map<string, { source: string; title: string; count: number }>();
  for (const r of records) {
    for (const c of r.cited ?? []) {
      const entry = cited.get(c.source) ?? { source: c.source, title: c.title, count: 0 };
      entry.count++;
      entry.title = c.title;
      cited.set(c.source, entry);
    }
  }
  return [...cited.values()].sort((a, b) => b.count - a.count || compareText(a.source, b.source));
}

/** Ties are broken by code points, the order PostgreSQL's COLLATE "C" gives, so both stores agree. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
