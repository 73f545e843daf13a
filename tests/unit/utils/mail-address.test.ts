import { describe, expect, it } from 'vitest';
import { parseNumericDate } from '../../../utils/detectors/mail-date';
import { normaliseEmail } from '../../../utils/identity';
import { decodeEncodedWords, parseAddressList } from '../../../utils/mail-address';

describe('parseAddressList: every form a header can carry', () => {
  it.each([
    ['a bare address', 'ana@globex.example', [{ email: 'ana@globex.example' }]],
    ['name and angle address', 'Ana Castillo <Ana@Globex.example>', [{ name: 'Ana Castillo', email: 'ana@globex.example' }]],
    [
      'a display name with a comma, quoted',
      '"Castillo, Ana" <ana@globex.example>',
      [{ name: 'Castillo, Ana', email: 'ana@globex.example' }],
    ],
    [
      'quotes escaped inside a quoted name',
      '"Ana \\"La Jefa\\" Castillo" <ana@globex.example>',
      [{ name: 'Ana "La Jefa" Castillo', email: 'ana@globex.example' }],
    ],
    ['a quoted local part', '"ana castillo"@globex.example', [{ email: '"ana castillo"@globex.example' }]],
    ['plus addressing kept as written', 'Ana <ana+tend@globex.example>', [{ name: 'Ana', email: 'ana+tend@globex.example' }]],
    ['the old comment form', 'ana@globex.example (Ana Castillo)', [{ name: 'Ana Castillo', email: 'ana@globex.example' }]],
    [
      'an encoded word in base64',
      '=?UTF-8?B?U8O4cmVuIEFuZGVyc2Vu?= <soren@umbrella.example>',
      [{ name: 'Søren Andersen', email: 'soren@umbrella.example' }],
    ],
    [
      'adjacent encoded words in Q and Latin-1',
      '=?ISO-8859-1?Q?Fran=E7ois?= =?ISO-8859-1?Q?_Dupr=E9?= <fd@example.fr>',
      [{ name: 'François Dupré', email: 'fd@example.fr' }],
    ],
    [
      'a group, flattened',
      'Buying committee: "Lee, Kim" <kim@x.example>, Ravi <ravi@y.example>;, ana@globex.example',
      [{ name: 'Lee, Kim', email: 'kim@x.example' }, { name: 'Ravi', email: 'ravi@y.example' }, { email: 'ana@globex.example' }],
    ],
    ['an empty group', 'undisclosed-recipients:;', []],
    ['a comma inside angle brackets is not a separator', 'Odd <a,b@x.example>', []],
    ['the same address twice', 'Ana <ana@globex.example>, ANA@globex.example', [{ name: 'Ana', email: 'ana@globex.example' }]],
    [
      'semicolons, as Outlook separates',
      'Ana <ana@globex.example>; Ravi <ravi@y.example>',
      [
        { name: 'Ana', email: 'ana@globex.example' },
        { name: 'Ravi', email: 'ravi@y.example' },
      ],
    ],
    ['text that is no address', 'Ana Castillo', []],
  ])('%s', (_label, text, expected) => {
    expect(parseAddressList(text)).toEqual(expected);
  });
});

describe('decodeEncodedWords', () => {
  it('leaves a word with an unknown charset as written', () => {
    expect(decodeEncodedWords('=?x-unknown?B?QQ==?=')).toBe('=?x-unknown?B?QQ==?=');
  });
});

describe('normaliseEmail', () => {
  it('accepts quoted local parts and refuses what is no address', () => {
    expect(normaliseEmail(' "Jane Doe"@Example.com ')).toBe('"jane doe"@example.com');
    expect(normaliseEmail('jane@localhost')).toBeNull();
    expect(normaliseEmail('"unterminated@example.com')).toBeNull();
    expect(normaliseEmail('a b@example.com')).toBeNull();
  });
});

describe('parseNumericDate (Outlook)', () => {
  it.each([
    ['Wed 11/19/2025 11:02 AM', 'en', [2025, 10, 19, 11, 2]],
    ['Tue 11/18/2025 3:42 PM', 'en-US', [2025, 10, 18, 15, 42]],
    ['Mi 19.11.2025 09:10', 'de', [2025, 10, 19, 9, 10]],
    ['19/11/2025 09:10', 'en-GB', [2025, 10, 19, 9, 10]],
    ['2025-11-19 09:10', 'sv', [2025, 10, 19, 9, 10]],
  ] as const)('%s (%s)', (text, lang, [year, month, day, hours, minutes]) => {
    expect(parseNumericDate(text, lang)).toBe(new Date(year, month, day, hours, minutes).getTime());
  });

  it('gives up on a time without a date', () => {
    expect(parseNumericDate('11:02 AM', 'en')).toBeUndefined();
  });
});
