import { lazySchema } from './lazy-schema';
import { BANTT_LEVELS, DIRECTIONS, ORIGINS, ROLES, SOURCES, STAGES, TOUCH_TYPES } from './vocabulary';
import { z } from './zod-config';

// The vocabulary's lists as Zod enums, for the models that validate them.

export const Role = lazySchema(() => z.enum(ROLES));
export const Source = lazySchema(() => z.enum(SOURCES));
export const Stage = lazySchema(() => z.enum(STAGES));
export const Origin = lazySchema(() => z.enum(ORIGINS));
export const TouchType = lazySchema(() => z.enum(TOUCH_TYPES));
export const Direction = lazySchema(() => z.enum(DIRECTIONS));
export const BanttLevel = lazySchema(() => z.enum(BANTT_LEVELS));
