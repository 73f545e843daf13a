import type { Clip } from '../utils/model/clip';
import type { Touch } from '../utils/model/touch';
import { db } from './db';
import { RecordNotFoundError, ValidationError, validate } from './errors';
import { newId } from './ids';
import { loadModels } from './models';
import { moveClock } from './touches';

// Clipped articles kept on a contact (or an account). Sharing one with its contact logs an
// `article-shared` touch in the same transaction.

export type ClipInput = Omit<Clip, 'id' | 'clippedAt' | 'sharedAt'>;

export async function addClip(input: ClipInput, now = Date.now()): Promise<Clip> {
  const { Clip } = await loadModels();
  const clip = validate(Clip, { ...input, id: newId(), clippedAt: now });
  if (!clip.contactId && !clip.accountId)
    throw new ValidationError([{ path: 'contactId', message: 'a clip is kept on a contact or an account' }]);
  return db.transaction('rw', db.contacts, db.accounts, db.clips, async () => {
    if (clip.contactId && !(await db.contacts.get(clip.contactId))) throw new RecordNotFoundError('Contact', clip.contactId);
    if (clip.accountId && !(await db.accounts.get(clip.accountId))) throw new RecordNotFoundError('Account', clip.accountId);
    await db.clips.add(clip);
    return clip;
  });
}

export async function clipsOf(contactId: string): Promise<Clip[]> {
  const clips = await db.clips.where('contactId').equals(contactId).toArray();
  return clips.sort((a, b) => b.clippedAt - a.clippedAt);
}

/** The rep sent the article to its contact: the clip is marked shared and the touch logged, together. */
export async function shareClip(clipId: string, now = Date.now()): Promise<Touch> {
  const { Touch, TouchFields } = await loadModels();
  return db.transaction('rw', [db.clips, db.contacts, db.touches, db.settings], async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new RecordNotFoundError('Clip', clipId);
    if (!clip.contactId) throw new ValidationError([{ path: 'contactId', message: 'share an account clip from one of its contacts' }]);
    const contact = await db.contacts.get(clip.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', clip.contactId);
    // Shared already: the touch is there; sharing again does not log it twice.
    const earlier = await db.touches
      .where('[contactId+dedupKey]')
      .equals([contact.id, `clip:${clip.id}`])
      .first();
    if (earlier) return earlier;
    const fields = validate(TouchFields, {
      contactId: contact.id,
      type: 'article-shared',
      direction: 'out',
      at: now,
      summary: `Shared “${clip.title}”${clip.siteName ? ` (${clip.siteName})` : ''}`,
      source: { kind: 'clip', url: clip.url, ref: clip.id },
    });
    const touch = validate(Touch, { ...fields, id: newId(), dedupKey: `clip:${clip.id}`, createdAt: now });
    await db.touches.add(touch);
    await moveClock(contact, Math.max(contact.lastTouchAt ?? now, now));
    await db.clips.update(clip.id, { sharedAt: now });
    return touch;
  });
}

export async function deleteClip(clipId: string): Promise<Clip> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new RecordNotFoundError('Clip', clipId);
    await db.clips.delete(clipId);
    return clip;
  });
}

export async function restoreClip(clip: Clip): Promise<void> {
  await db.clips.put(validate((await loadModels()).Clip, clip));
}
