import type { Direction, Origin, Role, Source, Stage, TouchType } from '../storage/schema';

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
