import { describe, expect, it } from 'vitest';
import { addClip, clipsOf, deleteClip, restoreClip, shareClip } from '../../../storage/clips';
import { getContact } from '../../../storage/contact-reads';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { RecordNotFoundError, ValidationError } from '../../../storage/errors';
import { touchesOf } from '../../../storage/touches';

const article = { url: 'https://news.example.com/a', title: 'Tighter budgets', siteName: 'The Supply Ledger', text: 'Finance chiefs…' };

describe('clips', () => {
  it('keeps a clip on a contact; sharing it logs an article-shared touch once and restarts the clock', async () => {
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, 0);
    const clip = await addClip({ ...article, contactId: ana.id }, 1_000);
    expect(await clipsOf(ana.id)).toEqual([clip]);
    const touch = await shareClip(clip.id, 5_000);
    expect(touch).toMatchObject({
      type: 'article-shared',
      direction: 'out',
      summary: 'Shared “Tighter budgets” (The Supply Ledger)',
      source: { kind: 'clip', url: article.url, ref: clip.id },
    });
    expect((await clipsOf(ana.id))[0]?.sharedAt).toBe(5_000);
    expect((await getContact(ana.id))?.lastTouchAt).toBe(5_000);
    expect((await shareClip(clip.id, 6_000)).id).toBe(touch.id);
    expect(await touchesOf(ana.id)).toHaveLength(1);
    expect((await clipsOf(ana.id))[0]?.sharedAt).toBe(5_000);
  });

  it('refuses a clip with no owner, an unknown contact or no http URL, writing nothing', async () => {
    await expect(addClip(article)).rejects.toBeInstanceOf(ValidationError);
    await expect(addClip({ ...article, contactId: 'nobody' })).rejects.toBeInstanceOf(RecordNotFoundError);
    const ana = await createContact({ fullName: 'Ana' });
    await expect(addClip({ ...article, url: 'javascript:alert(1)', contactId: ana.id })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.clips.count()).toBe(0);
  });

  it('deletes a clip with undo', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const clip = await addClip({ ...article, contactId: ana.id });
    const removed = await deleteClip(clip.id);
    expect(await clipsOf(ana.id)).toEqual([]);
    await restoreClip(removed);
    expect(await clipsOf(ana.id)).toEqual([clip]);
  });
});
