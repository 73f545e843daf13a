import { describe, expect, it } from 'vitest';
import { mayBeByAddress, mayBeByProfile, nameKey } from '../../../utils/person-match';

const marisol = { fullName: 'Marisol Quennevaux', companyName: 'Tidemark Freightlabs', emails: [] as string[] };

describe('nameKey', () => {
  it('reads "Last, First" as "First Last", without accents or case', () => {
    expect(nameKey('Quennevaux, Marisol')).toBe(nameKey('marisol quennevaux'));
    expect(nameKey('Søren Andersen')).toBe(nameKey('Soren ANDERSEN'));
  });
});

describe('mayBeByAddress', () => {
  it.each([
    ['the same name at the company’s domain', { name: 'Marisol Quennevaux', email: 'm.quennevaux@tidemark.example' }, true],
    ['the same name, written last name first', { name: 'Quennevaux, Marisol', email: 'mq@tidemark-freight.example' }, true],
    ['the same name at a free-mail address', { name: 'Marisol Quennevaux', email: 'marisolq@gmail.com' }, true],
    ['the same name at another company', { name: 'Marisol Quennevaux', email: 'marisol@globex.example' }, false],
    ['another name', { name: 'Marisol Quentin', email: 'mq@tidemark.example' }, false],
    ['no name at all', { email: 'mq@tidemark.example' }, false],
  ])('%s', (_label, participant, expected) => {
    expect(mayBeByAddress(marisol, participant)).toBe(expected);
  });

  it('trusts the contact’s own addresses over the company name', () => {
    const withWork = { ...marisol, emails: ['marisol@tidemark-freightlabs.example'] };
    expect(mayBeByAddress(withWork, { name: 'Marisol Quennevaux', email: 'mq@tidemark-freightlabs.example' })).toBe(true);
    expect(mayBeByAddress(withWork, { name: 'Marisol Quennevaux', email: 'mq@tidemark.example' })).toBe(false);
  });
});

describe('mayBeByProfile', () => {
  it('offers a contact without a LinkedIn profile, or with this one, never one with another', () => {
    const person = { name: 'Marisol Quennevaux', profileUrl: 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/' };
    expect(mayBeByProfile(marisol, person)).toBe(true);
    expect(mayBeByProfile({ ...marisol, linkedinUrl: 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21' }, person)).toBe(true);
    expect(mayBeByProfile({ ...marisol, linkedinUrl: 'https://www.linkedin.com/in/another-marisol' }, person)).toBe(false);
  });
});
