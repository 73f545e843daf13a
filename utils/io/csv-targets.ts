// What a CSV's columns can be mapped onto, and a first guess from the header names the common
// exports use: for the panel's column mapping, without the CSV parser (csv-mapping.ts), which
// only the import preview's worker loads.

export const TARGETS = [
  'ignore',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'title',
  'linkedinUrl',
  'location',
  'notes',
  'tags',
] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, string> = {
  ignore: 'Ignore',
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  companyName: 'Company',
  title: 'Title',
  linkedinUrl: 'LinkedIn or web URL',
  location: 'Location',
  notes: 'Notes',
  tags: 'Tags',
};

/**
 * What the column mapping shows of a CSV: its header, how many rows it has, and each column's
 * first value that is not blank, as an example (the whole table stays where the file was read).
 */
export interface CsvColumns {
  header: string[];
  rows: number;
  examples: string[];
}

// Header names as Google Contacts (old and new), Outlook and LinkedIn write them, lower-cased.
const GUESSES: [RegExp, Target][] = [
  [/^(name|full name|display name)$/, 'fullName'],
  [/^(first name|given name)$/, 'firstName'],
  [/^(last name|family name|surname)$/, 'lastName'],
  [/^(e-?mail( address)?|e-?mail \d+ - value|e-?mail address( \d+)?)$/, 'email'],
  [/^(phone|mobile phone|business phone|phone \d+ - value|telephone)$/, 'phone'],
  [/^(company|organi[sz]ation( \d+)? - name|organi[sz]ation name|account name)$/, 'companyName'],
  [/^(title|job title|position|organi[sz]ation( \d+)? - title|organi[sz]ation title)$/, 'title'],
  [/^(url|linkedin( url)?|website( \d+)? - value|web page|profile url)$/, 'linkedinUrl'],
  [/^(location|city|address \d+ - city|business city)$/, 'location'],
  [/^(notes?|description)$/, 'notes'],
  [/^(labels|group membership|categories|tags)$/, 'tags'],
];

export function guessMapping(header: readonly string[]): Target[] {
  return header.map((name) => GUESSES.find(([pattern]) => pattern.test(name.trim().toLowerCase()))?.[1] ?? 'ignore');
}
