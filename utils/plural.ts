/** Made on first use, for the rare count with a fraction (see formatCount). */
let fractions: Intl.NumberFormat | undefined;

/** Three digits at a time from the right, where a separator goes. */
const THOUSANDS = /\B(?=(\d{3})+$)/g;

/** "50,000": a count as the panel writes it everywhere, as `toLocaleString('en')` does. */
export function formatCount(count: number): string {
  // A whole number is its digits with a comma every three. Intl's first formatter of a page loads
  // the locale's number data: 70 ms of the contact list's first render on a CPU slowed 4x (profiled
  // 2026-12-04), a task of 116 ms the rep waited on while the list filled.
  if (Number.isSafeInteger(count)) return String(count).replace(THOUSANDS, ',');
  fractions ??= new Intl.NumberFormat('en');
  return fractions.format(count);
}

/** "1 touch", "2 touches", "50,000 contacts": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
