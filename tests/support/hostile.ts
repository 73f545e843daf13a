// Strings a page or a file can hand Tend that must stay inert text: markup and script, control and
// bidi characters, zero-width joiners, astral letters, spreadsheet formulas, very long runs.

/** A last name LinkedIn could show: markup as text, then a right-to-left override. */
export const HOSTILE_LAST_NAME = '<img src=x onerror=window.pwned=1>Castillo\u202Eexe';
export const HOSTILE_NAME = `Ana ${HOSTILE_LAST_NAME}`;

/** A mail subject: script as text, a formula, a right-to-left override, an astral emoji sequence. */
export const HOSTILE_SUBJECT = '<script>window.pwned=1</script>=HYPERLINK("http://x.example") Re\u202Efdp.exe 🧑\u200D💼 renewal';

export const HOSTILE_ROWS: { first: string; last: string; company: string; position: string }[] = [
  { first: '<script>window.pwned=1</script>', last: 'Script', company: 'Acme', position: 'VP Sales' },
  {
    first: '<img src=x onerror=window.pwned=1>',
    last: 'Markup',
    company: '<b>Bold</b> & Co',
    position: '<iframe src=javascript:window.pwned=1>',
  },
  {
    first: 'Bidi',
    last: '\u202Egnp.exe\u202C Override',
    company: '\u200F\u05E9\u05DC\u05D5\u05DD Ltd',
    position: 'Head of \u2066Procurement\u2069',
  },
  { first: 'Zero\u200Bwidth', last: 'Joiner\u200D', company: 'Family 👩\u200D👩\u200D👧\u200D👦 Office', position: '𝕳𝖊𝖆𝖉 of Ωmega' },
  { first: 'Formula', last: '=HYPERLINK("https://evil.example","x")', company: '+cmd|/C calc!A0', position: '@SUM(1+1)' },
  { first: 'Long', last: 'W'.repeat(150), company: `Company ${'Verylongname'.repeat(20)}`, position: 'Title '.repeat(45).trim() },
  { first: 'Control\u0007Bell', last: 'Tab\tand\u0000Nul', company: 'Null\u0001Corp', position: 'Line\u2028Separator' },
];

/** A field for LinkedIn's Connections.csv: quoted, inner quotes doubled. */
const csvField = (value: string) => `"${value.replaceAll('"', '""')}"`;

export function hostileConnectionsCsv(): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...HOSTILE_ROWS.map((row, index) =>
      [row.first, row.last, `https://www.linkedin.com/in/hostile-${index}`, '', row.company, row.position, '18 Nov 2026']
        .map(csvField)
        .join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The page as LinkedIn would serve it with this name: escaped in markup, JSON-escaped in data blocks. */
export function withHostileName(html: string, name: string, hostile: string): string {
  const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return html.replaceAll(name, escapeHtml(hostile));
}
