// A LinkedIn "Connections.csv" of any length, in the shape of LinkedIn's own export: the "Notes:"
// preamble, a blank line, the header, one row per connection, newest first.

const FIRST = ['Ana', 'Bastian', 'Chiara', 'Dmitri', 'Eitan', 'Fatima', 'Goran', 'Hana', 'Ingrid', 'Jorge', 'Kwame', 'Lucía'];
const LAST = ['Castillo', 'Fischer', 'Okafor', 'Tanaka', 'Nowak', 'Haddad', 'Rossi', 'Jansen', 'Müller', 'Dubois'];
const COMPANY = ['Globex', 'Initech', '"Stark Logistics, Inc."', 'Umbrella Health', 'Hooli', 'Northwind Traders'];
const POSITION = ['Head of Procurement', '"VP Sales, EMEA"', 'CTO', 'Account Executive', 'Operations Lead'];

export function connectionsCsv(count: number, emailDomain = 'example.org'): string {
  const lines = [
    '\uFEFFNotes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this on our Help Center."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let n = 0; n < count; n++) {
    const first = FIRST[n % FIRST.length] as string;
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length] as string;
    const slug = `${first}-${last}-${n.toString(36)}`.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    const email = `${slug}@${emailDomain}`;
    lines.push(
      `${first},${last},https://www.linkedin.com/in/${slug},${email},${COMPANY[n % COMPANY.length]},${POSITION[n % POSITION.length]},${String(1 + (n % 28)).padStart(2, '0')} Oct 2026`,
    );
  }
  return `${lines.join('\n')}\n`;
}
