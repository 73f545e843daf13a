import { compareNames } from '../utils/compare-names';
import { companyAlias, domainAlias } from '../utils/identity';
import type { Account } from '../utils/model/account';
import type { CompanyCapture } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { foldText } from '../utils/search-words';
import { db } from './db';
import { validate } from './errors';
import { newId } from './ids';
import { loadModels } from './models';

export function accountNameKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The account a LinkedIn company URL or a company name points at, if one is kept. */
export async function findAccount(hints: { companyUrl?: string | undefined; name?: string | undefined }): Promise<Account | undefined> {
  const alias = hints.companyUrl ? companyAlias(hints.companyUrl) : null;
  if (alias) {
    const byAlias = await db.accounts.where('aliases').equals(alias).first();
    if (byAlias) return byAlias;
  }
  return hints.name ? db.accounts.where('nameLower').equals(accountNameKey(hints.name)).first() : undefined;
}

type AccountHints = Pick<CompanyCapture, 'name'> & Partial<CompanyCapture>;

function accountFields(capture: AccountHints) {
  const aliases = [
    capture.companyUrl ? companyAlias(capture.companyUrl) : null,
    capture.domain ? domainAlias(capture.domain) : null,
  ].filter((alias): alias is string => alias !== null);
  return {
    name: capture.name,
    nameLower: accountNameKey(capture.name),
    linkedinUrl: capture.companyUrl,
    website: capture.website,
    domain: capture.domain,
    industry: capture.industry,
    size: capture.size,
    headquarters: capture.headquarters,
    aliases,
  };
}

/**
 * Keep the company a page is about: create its account, or refresh the one already kept with what
 * the page shows now (fields the page does not show are left as they were). Must run inside a
 * transaction that includes db.accounts when called from another operation.
 */
export async function upsertAccount(capture: AccountHints, now = Date.now()): Promise<Account> {
  const { Account } = await loadModels();
  return db.transaction('rw', db.accounts, async () => {
    const fields = accountFields(capture);
    const existing = await findAccount({ companyUrl: capture.companyUrl, name: capture.name });
    if (existing) {
      const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const next = validate(Account, {
        ...existing,
        ...defined,
        aliases: [...new Set([...existing.aliases, ...fields.aliases])],
        updatedAt: now,
      });
      await db.accounts.put(next);
      return next;
    }
    const account = validate(Account, { ...fields, id: newId(), tags: [], createdAt: now, updatedAt: now });
    await db.accounts.add(account);
    return account;
  });
}

/** The contacts kept at a company: linked to its account, or (kept before the account was) naming it. */
export async function contactsAtCompany(name: string, accountId?: string): Promise<Contact[]> {
  const linked = accountId ? await db.contacts.where('accountId').equals(accountId).toArray() : [];
  const seen = new Set(linked.map((contact) => contact.id));
  const key = accountNameKey(name);
  const firstWord = key.split(' ')[0] ?? '';
  const named = firstWord
    ? await db.contacts
        .where('searchWords')
        .equals(firstWord)
        .filter((contact) => !seen.has(contact.id) && accountNameKey(contact.companyName ?? '') === key)
        .toArray()
    : [];
  return [...linked, ...named].sort((a, b) => compareNames(a.fullName, b.fullName));
}

export function getAccount(id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}
