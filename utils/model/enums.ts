import { BANTT_LEVELS, DIRECTIONS, ORIGINS, ROLES, SOURCES, STAGES, TOUCH_TYPES } from './vocabulary';
import { z } from './zod-config';

// The vocabulary's lists as Zod enums, for the models that validate them.

export const Role = z.enum(ROLES);
export const Source = z.enum(SOURCES);
export const Stage = z.enum(STAGES);
export const Origin = z.enum(ORIGINS);
export const TouchType = z.enum(TOUCH_TYPES);
export const Direction = z.enum(DIRECTIONS);
export const BanttLevel = z.enum(BANTT_LEVELS);
