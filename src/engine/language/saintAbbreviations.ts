// Place names write their saint short as often as in full: "St-Cirq", "Ste-Foy" for Saint-Cirq and
// Sainte-Foy. Keyed by analysed term (Saint and Sainte share one), each spelling to the others.
export const SAINT_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['saint', ['st', 'ste']],
  ['st', ['saint']],
  ['ste', ['saint']],
]);
