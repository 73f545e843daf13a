import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../../../../utils/io/import-row';
import { parseVcards } from '../../../../utils/io/vcard-import';
import type { ContactInput } from '../../../../utils/model/contact';
import { corpusFiles, readText } from '../../corpus';
import { fixture } from '../../fixtures';

function accepted(parsed: ParsedImport): ContactInput[] {
  return parsed.rows.flatMap((row) => ('fields' in row ? [row.fields] : []));
}

describe('parseVcards', () => {
  it("reads a phone's vCard 2.1: quoted-printable in UTF-8 and Latin-1, soft line breaks, bare types", () => {
    const parsed = parseVcards(fixture('exports/vcard/phone-21.vcf'));
    const [zoe, jose] = accepted(parsed);
    expect(zoe).toMatchObject({
      fullName: 'Zoë Müller',
      firstName: 'Zoë',
      lastName: 'Müller',
      emails: ['zoe.mueller@initech.example'],
      phones: ['+49 170 1234567', '+49 30 555 0100'],
      companyName: 'Initech Gründerzentrum',
      title: 'CFO',
      notes: 'Met at the Berlin fair, talked about “the new ERP”; follow up in March.',
    });
    expect(jose).toMatchObject({ fullName: 'José García', phones: ['+34 600 000 000'] });
    expect(parsed.rows.at(-1)).toEqual({ line: 22, rejected: 'no name (FN or N)' });
  });

  it('reads vCard 3.0 with grouped LinkedIn URLs, escapes, folded lines, several cards', () => {
    const parsed = parseVcards(fixture('exports/vcard/google-30.vcf'));
    const [ana, taro] = accepted(parsed);
    expect(ana).toMatchObject({
      fullName: 'Ana Castillo',
      companyName: 'Globex, Ltd.',
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo-4b1a2c3',
      tags: ['manufacturing', 'EMEA'],
      notes:
        'Prefers calls before 10am; allergic to long decks.\nSecond line with a very long text that has to be folded by the writer because it goes past seventy-five octets.',
    });
    expect(taro).toMatchObject({ fullName: '山田 太郎', companyName: '株式会社サンプル', emails: ['taro@sample.example'] });
    expect(parsed.rows.at(-1)).toEqual({ line: 22, rejected: 'not an email address: not an email' });
  });

  it('reads vCard 4.0 with URI phones and a LinkedIn URL among others', () => {
    const [wei] = accepted(parseVcards(fixture('exports/vcard/outlook-40.vcf')));
    expect(wei).toMatchObject({
      fullName: 'Wei Zhang',
      phones: ['+1-415-555-0101'],
      linkedinUrl: 'https://www.linkedin.com/in/wei-zhang-initech',
      emails: ['wei@initech.example'],
    });
  });

  it('says when a file holds no card', () => {
    expect(parseVcards('First Name,Last Name\n').error).toMatch(/not a vCard file/);
  });

  for (const file of corpusFiles('exports/vcard', /\.vcf$/)) {
    it(`reads every card of the corpus file ${file.split('/').pop()}`, () => {
      const text = readText(file);
      const parsed = parseVcards(text);
      expect(parsed.error).toBeNull();
      expect(parsed.rows).toHaveLength((text.match(/^BEGIN:VCARD/gim) ?? []).length);
      // A card with a name is read; one without (vcard_grouped.vcf holds only addresses) is rejected for that.
      const cards = text.split(/^BEGIN:VCARD/im).slice(1);
      parsed.rows.forEach((row, index) => {
        const named = /^(FN|N)[;:]/im.test(cards[index] ?? '');
        if (named) expect(row).toHaveProperty('fields.fullName');
        else expect(row).toMatchObject({ rejected: 'no name (FN or N)' });
      });
    });
  }

  it('never throws on damaged files', () => {
    const real = fixture('exports/vcard/google-30.vcf') + fixture('exports/vcard/phone-21.vcf');
    fc.assert(
      fc.property(fc.nat(real.length), fc.nat(120), fc.string({ maxLength: 20 }), (at, cut, insert) => {
        const parsed = parseVcards(real.slice(0, at) + insert + real.slice(at + cut));
        return parsed.rows.every((row) => ('fields' in row ? row.fields.fullName.length > 0 : row.rejected.length > 0));
      }),
      { numRuns: 400 },
    );
  });
});
