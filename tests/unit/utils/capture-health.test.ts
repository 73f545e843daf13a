// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  addRecord,
  asHealthRecord,
  fieldsGoneMissing,
  type HealthRecord,
  healthRecordOf,
  MISSING_IN_A_ROW,
  RECORDS_PER_GROUP,
} from '../../../utils/capture-health';
import { summariseHealth } from '../../../utils/capture-health-summary';
import { detectLinkedInProfile } from '../../../utils/detectors/linkedin-profile';
import type { Capture } from '../../../utils/model/capture';
import { documentOf, fixture } from '../fixtures';

const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21/';

function read(change?: (doc: Document) => void, url = MARISOL): Capture {
  const doc = documentOf(fixture('corpus/linkedin/sdui-profile-2026.html'));
  change?.(doc);
  const capture = detectLinkedInProfile(doc, url);
  if (!capture) throw new Error('nothing read');
  return capture;
}

/** The same page as another person's, with the Experience card gone (a changed layout). */
function withoutExperience(slug: string): Capture {
  return read((doc) => {
    doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')?.remove();
    for (const marker of doc.querySelectorAll('[componentkey^="ProfileVerificationTriggerRef-"]'))
      marker.setAttribute('componentkey', `ProfileVerificationTriggerRef-${slug}`);
    for (const link of doc.querySelectorAll('a[href*="/overlay/"]'))
      link.setAttribute('href', link.getAttribute('href')?.replace('marisol-quennevaux-4b7e21', slug) ?? '');
    doc.title = 'Marisol Quennevaux | LinkedIn';
  }, `https://www.linkedin.com/in/${slug}/`);
}

describe('capture health', () => {
  it('records which fields a capture found and by which anchor, and nothing of their values', () => {
    const record = healthRecordOf(read(), 1_000);
    expect(record).toMatchObject({ kind: 'linkedin-person', layout: 'sdui', at: 1_000, missing: [] });
    expect(record?.found).toMatchObject({ title: 'experience-current', location: 'contact-info-row', experience: 'experience-card' });
    expect(JSON.stringify(record)).not.toMatch(/Marisol|Tidemark|marisol-quennevaux/);
  });

  it('counts a field still loading as neither found nor missing, and a refused one as missing', () => {
    const pending = read((doc) => {
      const card = doc.querySelector('[componentkey$="ExperienceTopLevelSection"]');
      const placeholder = doc.createElement('div');
      placeholder.id = 'profileCardsBelowActivityPart3marisol-quennevaux-4b7e21';
      card?.replaceWith(placeholder);
    });
    const record = healthRecordOf(pending, 1);
    expect(record?.missing).toEqual(['companyUrl']);
    expect(record?.found.title).toBe('headline-derived');
    expect(healthRecordOf({ ...read(), dropped: ['photoUrl'] } as Capture, 1)?.missing).toEqual(['photoUrl']);
    expect(healthRecordOf({ kind: 'waiting', site: 'linkedin', url: MARISOL }, 1)).toBeNull();
  });

  it('names the fields that went missing on several pages in a row, after being found before', () => {
    let records: HealthRecord[] = [];
    records = addRecord(records, healthRecordOf(read(), 1) as HealthRecord);
    for (let page = 0; page < MISSING_IN_A_ROW - 1; page++) {
      records = addRecord(records, healthRecordOf(withoutExperience(`person-${page}`), 10 + page) as HealthRecord);
      expect(fieldsGoneMissing(records, { kind: 'linkedin-person', layout: 'sdui' })).toEqual([]);
    }
    records = addRecord(records, healthRecordOf(withoutExperience('person-last'), 100) as HealthRecord);
    expect(fieldsGoneMissing(records, { kind: 'linkedin-person', layout: 'sdui' })).toEqual(['companyUrl', 'experience']);
    // Another layout is judged on its own.
    expect(fieldsGoneMissing(records, { kind: 'linkedin-person', layout: 'classic' })).toEqual([]);
  });

  it('counts a page read again once, and keeps a bounded number of records per group', () => {
    let records: HealthRecord[] = [];
    for (let at = 0; at < 3; at++) records = addRecord(records, healthRecordOf(read(), at) as HealthRecord);
    expect(records).toHaveLength(1);
    for (let page = 0; page < RECORDS_PER_GROUP + 5; page++)
      records = addRecord(records, { kind: 'gmail-thread', layout: 'gmail', page: `p${page}`, at: page, found: {}, missing: [] });
    expect(records.filter((record) => record.kind === 'gmail-thread')).toHaveLength(RECORDS_PER_GROUP);
    expect(records.filter((record) => record.kind === 'linkedin-person')).toHaveLength(1);
  });

  it('reads back every kind of record it writes, and leaves out what is not a record', () => {
    const kept = healthRecordOf(read(), 1);
    if (!kept) throw new Error('no record');
    const outlook: HealthRecord = {
      kind: 'outlook-thread',
      layout: 'reading-pane',
      page: 'p1',
      at: 2,
      found: { subject: 'x' },
      missing: ['account'],
    };
    expect(asHealthRecord(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(asHealthRecord(outlook)).toEqual(outlook);
    expect(asHealthRecord({ ...outlook, kind: 'twitter-profile' })).toBeNull();
    expect(asHealthRecord({ ...outlook, missing: 'account' })).toBeNull();
    expect(asHealthRecord({ ...outlook, found: { subject: 3 } })).toBeNull();
    expect(asHealthRecord({ ...outlook, at: '2' })).toBeNull();
    expect(asHealthRecord(null)).toBeNull();
  });

  it('summarises per page kind and layout: how often each field was found, and by what', () => {
    let records: HealthRecord[] = [];
    records = addRecord(records, healthRecordOf(read(), 1) as HealthRecord);
    records = addRecord(records, healthRecordOf(withoutExperience('someone'), 2) as HealthRecord);
    const [group] = summariseHealth(records);
    expect(group).toMatchObject({ kind: 'linkedin-person', layout: 'sdui', captures: 2, lastAt: 2 });
    expect(group?.fields.find((field) => field.field === 'title')).toEqual({
      field: 'title',
      found: 2,
      looked: 2,
      anchors: ['experience-current', 'headline-derived'],
    });
    expect(group?.fields.find((field) => field.field === 'experience')).toMatchObject({ found: 1, looked: 2 });
  });
});
