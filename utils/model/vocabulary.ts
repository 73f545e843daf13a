// The product's vocabulary (see PRODUCT.md): the values a contact, a touch or a reminder can take.
// Plain lists and types, free of Zod, so the side panel can read them at open; the models'
// enums over them are in enums.ts.

export const ROLES = ['decision-maker', 'influencer', 'access', 'future-buyer', 'advisor'] as const;
export const SOURCES = [
  'customer',
  'prospect',
  'other-supplier',
  'industry-counterpart',
  'partner',
  'competitor',
  'consultant',
  'referral',
  'past-colleague',
  'analyst',
  'industry-body',
] as const;
export const STAGES = [
  'new',
  'nurturing',
  'engaged',
  'sales-ready',
  'opportunity',
  'customer',
  'recycled',
  'discontinued',
  'do-not-contact',
] as const;
export const ORIGINS = ['sales', 'marketing', 'referral', 'event', 'import'] as const;
export const TOUCH_TYPES = [
  'email',
  'call',
  'meeting',
  'linkedin-message',
  'personal-note',
  'article-shared',
  'event-invite',
  'drop-in',
  'entertainment',
  'status-update',
  'introduction',
  'other',
] as const;
export const DIRECTIONS = ['in', 'out'] as const;
export const BANTT_KEYS = ['budget', 'authority', 'need', 'timing', 'trust'] as const;
export const BANTT_LEVELS = ['unknown', 'weak', 'partial', 'confirmed'] as const;
export const REMINDER_STATUSES = ['open', 'done', 'snoozed'] as const;
export const AUTO_BACKUP = ['off', 'daily', 'weekly'] as const;

export type Role = (typeof ROLES)[number];
export type Source = (typeof SOURCES)[number];
export type Stage = (typeof STAGES)[number];
export type Origin = (typeof ORIGINS)[number];
export type TouchType = (typeof TOUCH_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type BanttLevel = (typeof BANTT_LEVELS)[number];
