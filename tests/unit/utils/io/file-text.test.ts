import { describe, expect, it } from 'vitest';
import { fileText } from '../../../../utils/io/file-text';

describe("a file's text, decoded a slice at a time", () => {
  // Slices of a few bytes cut through two-, three- and four-byte characters.
  const text = 'First Name,Last Name\r\nRenée,Müller\nŁukasz,Żółć\n李,小龙\n😀 🎉,Ünal\n';

  it('is the text Blob.text() gives, whatever the slices cut through', async () => {
    const file = new Blob([text]);
    for (const sliceBytes of [1, 2, 3, 5, 7, 64, 1024 * 1024]) expect(await fileText(file, sliceBytes)).toBe(await file.text());
    expect(await fileText(file, 3)).toBe(text);
  });

  it('drops a leading byte order mark and replaces malformed bytes, as Blob.text() does', async () => {
    const bom = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'Ada,Lovelace\n', new Uint8Array([0xc3, 0x28, 0xff]), '\n']);
    expect(await fileText(bom, 2)).toBe(await bom.text());
    expect(await fileText(bom, 2)).toBe('Ada,Lovelace\n\uFFFD(\uFFFD\n');
  });

  it('reads an empty file as empty text', async () => {
    expect(await fileText(new Blob([]))).toBe('');
  });
});
