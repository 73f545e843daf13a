import { z } from 'zod';

// The product's vocabulary (see PRODUCT.md): the values a contact, a touch or a reminder can take.

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

export const Role = z.enum(ROLES);
export const Source = z.enum(SOURCES);
export const Stage = z.enum(STAGES);
export const Origin = z.enum(ORIGINS);
export const TouchType = z.enum(TOUCH_TYPES);
export const Direction = z.enum(DIRECTIONS);
export const BanttLevel = z.enum(BANTT_LEVELS);

export type Role = z.infer<typeof Role>;
export type Source = z.infer<typeof Source>;
export type Stage = z.infer<typeof Stage>;
export type Origin = z.infer<typeof Origin>;
export type TouchType = z.infer<typeof TouchType>;
export type Direction = z.infer<typeof Direction>;
export type BanttLevel = z.infer<typeof BanttLevel>;
