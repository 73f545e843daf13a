import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../../../utils/io/content-lines';
import { contactsCsv, csvHead, csvRows } from '../../../../utils/io/csv-export';
import { remindersIcs } from '../../../../utils/io/ics-export';
import { contactsVcard } from '../../../../utils/io/vcard-export';
import type { Contact } from '../../../../utils/model/contact';

function contact(id: string, fields: Partial<Contact>): Contact {
  return {
    id,
    fullName: id,
    emails: [],
    phones: [],
    aliases: [],
    roles: [],
    sources: [],
    tags: [],
    stage: 'nurturing',
    origin: 'sales',
    employment: [],
    searchWords: [],
    createdAt: 0,
    updatedAt: Date.UTC(2026, 10, 1),
    ...fields,
  };
}

const people = [
  contact('a', {
    fullName: 'Zoë Müller-Lüdenscheidt',
    firstName: 'Zoë',
    lastName: 'Müller-Lüdenscheidt',
    emails: ['zoe@initech.example', 'z.m@home.example'],
    phones: ['+49 30 1234-567'],
    companyName: 'Initech; Berlin, GmbH',
    title: 'CFO',
    headline: 'Finance leader\nand "runner", 山田',
    linkedinUrl: 'https://www.linkedin.com/in/zoe-muller',
    tags: ['finance', 'EMEA, DACH'],
  }),
  contact('b', { fullName: 'Sam Reed', title: '=HYPERLINK("http://evil.example")', companyName: 'Acme' }),
  contact('c', { fullName: 'Opted Out', stage: 'do-not-contact', emails: ['out@example.com'] }),
];

describe('contactsCsv', () => {
  it('writes HubSpot and Salesforce column names, splits names, leaves do-not-contact out', () => {
    const hubspot = Papa.parse<Record<string, string>>(contactsCsv(people, 'hubspot'), { header: true, skipEmptyLines: true });
    expect(hubspot.meta.fields).toEqual(['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'LinkedIn URL']);
    expect(hubspot.data).toHaveLength(2);
    expect(hubspot.data[0]).toMatchObject({ 'First Name': 'Zoë', 'Company Name': 'Initech; Berlin, GmbH', Email: 'zoe@initech.example' });
    expect(hubspot.data[1]).toMatchObject({ 'First Name': 'Sam', 'Last Name': 'Reed' });
    const salesforce = Papa.parse<Record<string, string>>(contactsCsv(people, 'salesforce'), { header: true, skipEmptyLines: true });
    expect(salesforce.meta.fields).toContain('Account Name');
    expect(salesforce.data.map((row) => row['Account Name'])).toEqual(['Initech; Berlin, GmbH', 'Acme']);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const plain = Papa.parse<Record<string, string>>(contactsCsv(people, 'plain'), { header: true, skipEmptyLines: true });
    expect(plain.data[1]?.Title).toBe('\'=HYPERLINK("http://evil.example")');
    expect(plain.data[0]?.Headline).toBe('Finance leader\nand "runner", 山田');
  });

  it('exports phone numbers starting with + as written, and still defuses a formula behind + or -', () => {
    const rows = [
      contact('p', { fullName: 'Plus Phone', phones: ['+1 (415) 555-0101'], title: "-2+3+cmd|' /C calc'!A0", companyName: '+SUM(A1:A9)' }),
      ...people,
    ];
    for (const format of ['hubspot', 'salesforce'] as const) {
      const parsed = Papa.parse<Record<string, string>>(contactsCsv(rows, format), { header: true, skipEmptyLines: true });
      const phone = format === 'hubspot' ? 'Phone Number' : 'Phone';
      expect(parsed.data.map((row) => row[phone])).toEqual(['+1 (415) 555-0101', '+49 30 1234-567', '']);
      const company = format === 'hubspot' ? 'Company Name' : 'Account Name';
      expect(parsed.data[0]?.[company]).toBe("'+SUM(A1:A9)");
      expect(parsed.data[0]?.[format === 'hubspot' ? 'Job Title' : 'Title']).toBe("'-2+3+cmd|' /C calc'!A0");
    }
  });
});

describe('contactsVcard', () => {
  it('writes vCard 4.0 that an independent parser reads back field by field', () => {
    const text = contactsVcard(people);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const parsed = ICAL.parse(text);
    const cards = (Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed]).map((jcal) => new ICAL.Component(jcal as never));
    expect(cards).toHaveLength(2);
    const zoe = cards[0] as ICAL.Component;
    expect(zoe.getFirstPropertyValue('version')).toBe('4.0');
    expect(zoe.getFirstPropertyValue('fn')).toBe('Zoë Müller-Lüdenscheidt');
    expect(zoe.getFirstPropertyValue('n')).toEqual(['Müller-Lüdenscheidt', 'Zoë', '', '', '']);
    expect(zoe.getAllProperties('email').map((property) => property.getFirstValue())).toEqual(['zoe@initech.example', 'z.m@home.example']);
    expect(zoe.getFirstPropertyValue('org')).toBe('Initech; Berlin, GmbH');
    expect(zoe.getFirstPropertyValue('note')).toBe('Finance leader\nand "runner", 山田');
    expect(zoe.getFirstProperty('categories')?.getValues()).toEqual(['finance', 'EMEA, DACH']);
    expect(zoe.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/zoe-muller');
  });
});

describe('exports written a chunk at a time', () => {
  // The panel writes large exports chunk by chunk as it reads them; the file must not depend on where chunks end.
  const many = Array.from({ length: 23 }, (_, n) => ({ ...(people[n % 3] as Contact), id: `p${n}`, fullName: `Person ${n}, ${n % 3}` }));
  const chunks = (size: number) => Array.from({ length: Math.ceil(many.length / size) }, (_, n) => many.slice(n * size, (n + 1) * size));

  it.each(['hubspot', 'salesforce', 'plain'] as const)('writes the same %s CSV from chunks of any size', (shape) => {
    const whole = contactsCsv(many, shape);
    expect(
      csvHead(shape) +
        chunks(4)
          .map((chunk) => csvRows(chunk, shape))
          .join(''),
    ).toBe(whole);
    expect(
      csvHead(shape) +
        chunks(3)
          .map((chunk) => csvRows(chunk, shape))
          .join(''),
    ).toBe(whole);
    expect(Papa.parse(whole, { header: true, skipEmptyLines: true }).data).toHaveLength(16);
    // A chunk of only do-not-contact people adds nothing, not an empty line.
    expect(csvRows([people[2] as Contact], shape)).toBe('');
  });

  it('writes the same vCards from chunks of any size, and nothing for no one', () => {
    expect(chunks(5).map(contactsVcard).join('')).toBe(contactsVcard(many));
    expect(contactsVcard(many).match(/BEGIN:VCARD/g)).toHaveLength(16);
    expect(contactsVcard([])).toBe('');
  });
});

describe('remindersIcs', () => {
  it('writes one event per open reminder that an independent parser reads back', () => {
    const due = Date.UTC(2026, 11, 1, 9, 30);
    const text = remindersIcs(
      [
        { id: 'r1', dueAt: due, note: 'Send the deck; ask about Q1, budget', contactName: 'Zoë Müller' },
        { id: 'r2', dueAt: due + 86_400_000, contactName: 'Sam Reed' },
      ],
      Date.UTC(2026, 10, 22),
    );
    const calendar = new ICAL.Component(ICAL.parse(text) as never);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.uid, event.summary, event.startDate.toJSDate().getTime(), event.duration.toSeconds()])).toEqual([
      ['r1@tend.invalid', 'Zoë Müller: Send the deck; ask about Q1, budget', due, 900],
      ['r2@tend.invalid', 'Sam Reed: touch base', due + 86_400_000, 900],
    ]);
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`NOTE:${'é'.repeat(60)}`);
  });

  it('leaves a line of up to 75 octets as it is and folds any longer one, whatever its characters', () => {
    // One, two, three and four octets in UTF-8, and lone surrogates (written as U+FFFD, three).
    const unit = fc.constantFrom('a', ' ', 'é', '€', '中', '😀', '\ud800', '\udc00');
    const octets = (text: string) => new TextEncoder().encode(text).length;
    // Mixed characters, and one character repeated, which reaches the edges a mix rarely does.
    const mixed = fc.array(unit, { maxLength: 100 }).map((units) => units.join(''));
    const repeated = fc.tuple(unit, fc.nat(80)).map(([character, count]) => character.repeat(count));
    fc.assert(
      fc.property(fc.oneof(mixed, repeated), (line) => {
        const lines = foldLine(line).split('\r\n');
        expect(lines.every((folded) => octets(folded) <= 75)).toBe(true);
        expect(lines.map((folded, index) => (index === 0 ? folded : folded.slice(1))).join('')).toBe(line);
        expect(lines.length === 1).toBe(octets(line) <= 75);
      }),
      { numRuns: 2000 },
    );
  });
});
