/**
 * Lines as one text, each ending in CRLF. The last CRLF comes from joining one empty line more:
 * appended to the joined text, it would make a pair of strings, copied into one before an export
 * encodes the text (a Blob of 50 such pieces took twice as long as of flat ones, in the page).
 * Takes the array it is given: callers pass one they have just built.
 */
export function crlfText(lines: string[]): string {
  lines.push('');
  return lines.join('\r\n');
}
