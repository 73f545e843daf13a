import type { Direction, Origin, Role, Source, Stage, TouchType } from '../utils/model/vocabulary';

// How the vocabulary reads in the panel. Keys are the stored values; labels are for people.

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  nurturing: 'Nurturing',
  engaged: 'Engaged',
  'sales-ready': 'Sales-ready',
  opportunity: 'Opportunity',
  customer: 'Customer',
  recycled: 'Recycled',
  discontinued: 'Discontinued',
  'do-not-contact': 'Do not contact',
};

export const ROLE_LABELS: Record<Role, string> = {
  'decision-maker': 'Decision-maker',
  influencer: 'Influencer',
  access: 'Access',
  'future-buyer': 'Future buyer',
  advisor: 'Advisor',
};

export const SOURCE_LABELS: Record<Source, string> = {
  customer: 'Customer',
  prospect: 'Prospect',
  'other-supplier': 'Other supplier',
  'industry-counterpart': 'Industry counterpart',
  partner: 'Partner',
  competitor: 'Competitor',
  consultant: 'Consultant',
  referral: 'Referral',
  'past-colleague': 'Past colleague',
  analyst: 'Analyst',
  'industry-body': 'Industry body',
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  referral: 'Referral',
  event: 'Event',
  import: 'Import',
};

export const TOUCH_LABELS: Record<TouchType, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  'linkedin-message': 'LinkedIn message',
  'personal-note': 'Personal note',
  'article-shared': 'Article shared',
  'event-invite': 'Event invite',
  'drop-in': 'Drop-in',
  entertainment: 'Entertainment',
  'status-update': 'Status update',
  introduction: 'Introduction',
  other: 'Other',
};

export const DIRECTION_LABELS: Record<Direction, string> = { out: 'Outbound', in: 'Inbound' };

/** Captured fields as a sentence names them ("title and company were not found"). */
export const FIELD_NAMES: Record<string, string> = {
  fullName: 'name',
  headline: 'headline',
  title: 'title',
  company: 'company',
  companyUrl: 'company page',
  location: 'location',
  photoUrl: 'photo',
  about: 'About',
  memberUrn: 'member id',
  experience: 'experience',
  name: 'name',
  website: 'website',
  industry: 'industry',
  size: 'size',
  headquarters: 'headquarters',
  logoUrl: 'logo',
  subject: 'subject',
  account: 'your address',
  legacyThreadId: 'thread id',
  messages: 'messages',
  conversationId: 'conversation id',
  participants: 'people',
  latestFrom: 'who wrote last',
  latestDate: 'date of the last message',
  threadId: 'conversation id',
};

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
