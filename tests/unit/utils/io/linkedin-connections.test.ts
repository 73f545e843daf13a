import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl } from '../../../../utils/identity';
import { parseLinkedInConnections, parseLinkedInConnectionsInSlices } from '../../../../utils/io/linkedin-connections';
import { corpusFiles, readText } from '../../corpus';
import { fixture } from '../../fixtures';

describe('parseLinkedInConnections on our own export', () => {
  const parsed = parseLinkedInConnections(fixture('exports/linkedin-connections.csv'));

  it('skips the Notes preamble and reads every row with the line it came from', () => {
    expect(parsed.error).toBeNull();
    expect(parsed.rows.map((row) => row.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('counts the lines the same whichever line breaks the file uses', () => {
    const lf = fixture('exports/linkedin-connections.csv').replace(/\r\n?/g, '\n');
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const again = parseLinkedInConnections(lf.replaceAll('\n', lineBreak));
      expect(again.error).toBeNull();
      expect(again.rows).toEqual(parseLinkedInConnections(lf).rows);
    }
    expect(parseLinkedInConnections(lf).rows.map((row) => row.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('reads names, canonical profile URLs, emails, companies and positions, cleaned', () => {
    const fields = Object.fromEntries(parsed.rows.flatMap((row) => ('fields' in row ? [[row.line, row.fields]] : [])));
    expect(fields[5]).toMatchObject({
      fullName: 'Ana Castillo',
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo-4b1a2c3',
      emails: ['ana.castillo@globex.example'],
      companyName: 'Globex',
      title: 'Head of Procurement, EMEA',
      origin: 'import',
    });
    expect(fields[6]).toMatchObject({
      fullName: 'José Álvarez',
      lastName: 'Álvarez',
      companyName: 'Wayne, Kent & Partners',
      title: 'Partner',
    });
    expect(fields[6]?.linkedinUrl).toBe('https://www.linkedin.com/in/jos%C3%A9-%C3%A1lvarez');
    // " -" is LinkedIn's "no position": absent, not a dash.
    expect(fields[7]).toMatchObject({ fullName: '山田 太郎', companyName: '株式会社サンプル' });
    expect(fields[7]?.title).toBeUndefined();
    expect(fields[8]?.linkedinUrl).toBe('https://www.linkedin.com/in/wei-zhang-initech');
  });

  it('rejects rows with no name, a URL that is not a LinkedIn profile, or a bad email, saying why', () => {
    const rejected = parsed.rows.flatMap((row) => ('rejected' in row ? [[row.line, row.rejected]] : []));
    expect(rejected).toEqual([
      [9, 'no name'],
      [10, 'not a LinkedIn profile URL: https://example.com/sam'],
      [11, 'not an email address: not-an-email'],
    ]);
  });

  it('says when a file is not a Connections.csv at all', () => {
    expect(parseLinkedInConnections('Name,Phone\nAna,123\n').error).toMatch(/not LinkedIn's Connections.csv/);
  });
});

describe('parseLinkedInConnections on the shared corpus', () => {
  for (const file of corpusFiles('exports', /connections.*\.csv$/)) {
    it(`reads every row of ${file.split('/').pop()}`, () => {
      const text = readText(file);
      const parsed = parseLinkedInConnections(text);
      const dataLines = text.split(/\r?\n/).filter((line) => /^[^,"]*,[^,]*,https:\/\/www\.linkedin\.com\/in\//.test(line)).length;
      expect(parsed.error).toBeNull();
      expect(parsed.rows.length).toBeGreaterThanOrEqual(dataLines);
      for (const row of parsed.rows) {
        if (!('fields' in row)) throw new Error(`line ${row.line} rejected: ${row.rejected}`);
        expect(row.fields.fullName.trim()).toBe(row.fields.fullName);
        expect(row.fields.fullName).not.toMatch(/\t/);
        expect(canonicalProfileUrl(row.fields.linkedinUrl ?? '')).toBe(row.fields.linkedinUrl);
        expect(row.fields.companyName).not.toBe('-');
      }
    });
  }
});

describe('parseLinkedInConnectionsInSlices', () => {
  // The real file's rows repeated past the 500 records turned into rows between looks at the clock.
  const real = fixture('exports/linkedin-connections.csv');
  const [preamble = '', rest = ''] = real.split(/(?=First Name,Last Name)/);
  const [header = '', ...lines] = rest.split(/\r?\n/).filter((line) => line.trim());
  const many = `${preamble}${header}\n${Array.from({ length: Math.ceil(1_200 / lines.length) }, () => lines.join('\n')).join('\n')}\n`;

  /** Slices whose time is always up (every look at the clock yields), or never up. */
  const always = () => {
    const counted = { yields: 0, due: () => true, next: async () => void counted.yields++ };
    return counted;
  };
  const never = { due: () => false, next: async () => undefined };

  it('reads exactly what the one-shot parser reads, whatever the slice size and wherever it yields', async () => {
    const files = [real, many, ...corpusFiles('exports', /connections.*\.csv$/).map(readText)];
    for (const file of files) {
      const whole = parseLinkedInConnections(file);
      for (const slice of [64, 1_000, 4_096]) {
        const yielding = always();
        expect(await parseLinkedInConnectionsInSlices(file, slice, yielding)).toEqual(whole);
        expect(yielding.yields).toBeGreaterThan(0);
        expect(await parseLinkedInConnectionsInSlices(file, slice, never)).toEqual(whole);
      }
    }
    expect(parseLinkedInConnections(many).rows.length).toBeGreaterThan(1_000);
  });
});

describe('parseLinkedInConnections fuzzed', () => {
  const real = fixture('exports/linkedin-connections.csv');

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const parsed = parseLinkedInConnections(text);
        return Array.isArray(parsed.rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a real export with bytes cut, inserted or duplicated', () => {
    fc.assert(
      fc.property(fc.nat(real.length), fc.nat(200), fc.string({ maxLength: 20 }), (at, cut, insert) => {
        const damaged = real.slice(0, at) + insert + real.slice(at + cut);
        const parsed = parseLinkedInConnections(damaged);
        // Every row is either fields with a name or a rejection with a reason.
        return parsed.rows.every((row) => ('fields' in row ? row.fields.fullName.length > 0 : row.rejected.length > 0));
      }),
      { numRuns: 500 },
    );
  });
});
