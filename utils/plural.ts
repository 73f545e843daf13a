/** "50,000": a count as the panel writes it everywhere. */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

/** "1 touch", "2 touches", "50,000 contacts": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
