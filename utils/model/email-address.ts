// What counts as an email address, in one place for the schemas and the page scripts (which stay
// free of Zod): a local part as written, plain (`jane.doe+tag`) or quoted (`"jane doe"`, RFC 5322),
// and a domain with a dot. Lower case, as Tend stores every address.

const ADDRESS = /^(?:"(?:[^"\\\r\n]|\\.)+"|[^\s@<>()",;:]+)@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
export const MAX_EMAIL_LENGTH = 320;

/** True for a lower-cased, trimmed address. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && ADDRESS.test(value) && value === value.trim().toLowerCase();
}

/** The domain of an address, lower-cased: after the last `@`, since a quoted local part may hold one. */
export function emailDomain(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  return at >= 0 && at < address.length - 1 ? address.slice(at + 1).toLowerCase() : undefined;
}
