/** Made on first use: `toLocaleString` looks its formatter up on every call, and Today words thousands of counts. */
let counts: Intl.NumberFormat | undefined;

/** "50,000": a count as the panel writes it everywhere. */
export function formatCount(count: number): string {
  // Below a thousand a whole number has no separator to write: its digits are the answer.
  if (Number.isInteger(count) && Math.abs(count) < 1_000) return String(count);
  counts ??= new Intl.NumberFormat('en');
  return counts.format(count);
}

/** "1 touch", "2 touches", "50,000 contacts": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
