import { describe, expect, it } from 'vitest';
import {
  aliasesFor,
  canonicalCompanyUrl,
  canonicalProfileUrl,
  memberUrnAlias,
  nameCompanyKey,
  salesNavigatorLeadId,
} from '../../../utils/identity';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-castillo/', 'https://www.linkedin.com/in/ana-castillo'],
    ['https://linkedin.com/in/Ana-Castillo?trk=public_profile#experience', 'https://www.linkedin.com/in/ana-castillo'],
    ['https://fr.linkedin.com/in/ana-castillo/details/experience/', 'https://www.linkedin.com/in/ana-castillo'],
    ['/in/s%C3%B8ren-andersen-1a2b3c', 'https://www.linkedin.com/in/s%C3%B8ren-andersen-1a2b3c'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalProfileUrl(raw)).toBe(expected);
  });

  it.each(['https://example.com/in/ana', 'https://www.linkedin.com/company/globex', 'not a url', 'https://www.linkedin.com/in/'])(
    'rejects %s',
    (raw) => {
      expect(canonicalProfileUrl(raw)).toBeNull();
    },
  );
});

describe('other identities', () => {
  it('canonicalises company pages and reads Sales Navigator lead ids and member URNs', () => {
    expect(canonicalCompanyUrl('https://www.linkedin.com/company/globex-corp/people/?x=1')).toBe(
      'https://www.linkedin.com/company/globex-corp',
    );
    expect(salesNavigatorLeadId('https://www.linkedin.com/sales/lead/ACwAAA123,NAME_SEARCH,abc')).toBe('ACwAAA123');
    expect(memberUrnAlias('urn:li:fsd_profile:ACoAAB12345')).toBe('li:urn:ACoAAB12345');
    expect(memberUrnAlias('urn:li:company:1')).toBeNull();
  });

  it('collects every alias of the hints once', () => {
    expect(
      aliasesFor({
        linkedinUrl: 'https://www.linkedin.com/in/ana/',
        memberUrn: 'urn:li:member:42',
        emails: ['Ana@X.com', 'ana@x.com', 'broken'],
      }),
    ).toEqual(['li:in:ana', 'li:urn:42', 'email:ana@x.com']);
  });

  it('keys name + company without accents or punctuation, and only with both', () => {
    expect(nameCompanyKey('Zoë  Müller', 'Globex, Inc.')).toBe('zoe muller|globex inc');
    expect(nameCompanyKey('Zoë Müller', undefined)).toBeNull();
  });
});
