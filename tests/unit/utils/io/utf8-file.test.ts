import { describe, expect, it } from 'vitest';
import { utf8File } from '../../../../utils/io/utf8-file';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('utf8File', () => {
  it('holds the bytes a Blob of the pieces as strings holds, across Blobs that fill and a piece larger than one', async () => {
    const pieces = [
      'Chloé Müller,"Acme, Inc."\r\n',
      'Søren 😀 Ωmega,\u2028x\r\n',
      '',
      'a'.repeat(100),
      'Zoë 🌱\r\n',
      '\ud800 lone',
      'Łukasz\r\n',
    ];
    const file = utf8File(64);
    for (const piece of pieces) file.add(piece);
    const parts = file.parts();
    expect(parts.length).toBeGreaterThan(2);
    expect(await bytesOf(new Blob(parts))).toEqual(await bytesOf(new Blob(pieces)));
  });

  it('keeps what it sealed when more is added after parts() was asked for', async () => {
    const file = utf8File(1024);
    file.add('Full name\r\n');
    const first = file.parts();
    file.add('Anna Bakker\r\n');
    expect(await new Blob(first).text()).toBe('Full name\r\n');
    expect(await new Blob(file.parts()).text()).toBe('Full name\r\nAnna Bakker\r\n');
  });

  it('is an empty file when nothing was added', () => {
    expect(utf8File().parts()).toEqual([]);
  });
});
