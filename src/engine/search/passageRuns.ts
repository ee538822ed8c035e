// Documents, and the pieces a parallel build stores texts in, each hold a run of consecutive passages, in
// passage order: which one holds a passage is a binary search on where each run starts.

/** The position of the last item whose run starts at or before `passage` (0 when none does). */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ readonly firstPassage: number }>, passage: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (items[mid]!.firstPassage <= passage) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
