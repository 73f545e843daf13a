// Words for instant prefix search. Folding strips accents and case so "zoe" finds "Zoë" and
// "muller" finds "Müller"; the same folding applies to what is indexed and what is typed.

export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function wordsOf(value: string): string[] {
  return foldText(value)
    .split(/[^\p{L}\p{N}@.]+/u)
    .flatMap((word) => (word.includes('@') ? [word, ...word.split(/[@.]/)] : [word]))
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word.length > 0);
}

/** The indexed words of a record: every distinct folded word of the given texts, bounded. */
export function searchWordsFor(texts: readonly (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const value of texts) if (value) for (const word of wordsOf(value)) words.add(word.slice(0, 60));
  return [...words].slice(0, 64);
}

/** True when every typed word is a prefix of one of the record's words. */
export function matchesQuery(recordWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((query) => recordWords.some((word) => word.startsWith(query)));
}
