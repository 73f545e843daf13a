import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMapping, readCsv } from '../../../../utils/io/csv-mapping';
import { guessMapping } from '../../../../utils/io/csv-targets';
import { fixture } from '../../fixtures';

describe('a Google Contacts CSV through the column mapping', () => {
  const table = readCsv(fixture('exports/google-contacts.csv'));

  it("guesses the mapping from Google's header names", () => {
    expect(table?.header).toHaveLength(27);
    const mapping = guessMapping(table?.header ?? []);
    const mapped = Object.fromEntries(
      (table?.header ?? []).map((name, index) => [name, mapping[index]]).filter(([, target]) => target !== 'ignore'),
    );
    expect(mapped).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'companyName',
      'Organization Title': 'title',
      Notes: 'notes',
      Labels: 'tags',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Address 1 - City': 'location',
      'Website 1 - Value': 'linkedinUrl',
    });
  });

  it('reads each row under the mapping, multi-value cells split, rejections explained', () => {
    if (!table) throw new Error('no table');
    const rows = applyMapping(table, guessMapping(table.header));
    expect(rows[0]).toEqual({
      line: 2,
      fields: {
        fullName: 'Ana Castillo',
        firstName: 'Ana',
        lastName: 'Castillo',
        emails: ['ana.castillo@globex.example'],
        phones: ['+44 7700 900123'],
        companyName: 'Globex',
        title: 'Head of Procurement',
        location: 'London',
        notes: 'Met at MWC, Barcelona',
        tags: ['Clients'],
        linkedinUrl: 'https://www.linkedin.com/in/ana-castillo-4b1a2c3',
        origin: 'import',
      },
    });
    expect(rows[1]).toMatchObject({ fields: { fullName: 'Hana Smith-Jones', emails: ['hana@vandelay.example', 'hana.sj@home.example'] } });
    expect(rows[2]).toEqual({ line: 4, rejected: 'no name' });
    expect(rows[3]).toEqual({ line: 5, rejected: 'not an email address: ingrid(at)nordic.example' });
  });

  it('lets the rep change the mapping: a column ignored is not read', () => {
    if (!table) throw new Error('no table');
    const mapping = guessMapping(table.header).map((target) => (target === 'email' ? 'ignore' : target));
    expect(applyMapping(table, mapping)[3]).toMatchObject({ fields: { fullName: 'Ingrid Larsen', emails: [] } });
  });

  it('never throws on arbitrary CSV', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        (cells) => {
          const text = cells.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n');
          const table = readCsv(text);
          if (!table) return true;
          return applyMapping(table, guessMapping(table.header)).every((row) => row.line >= 2);
        },
      ),
      { numRuns: 300 },
    );
  });
});
