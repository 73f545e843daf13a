// Bounds of a capture, shared by the page scripts (which stay free of Zod) and the check.

/** How many recipients a message may list; the rest are counted, not shown. */
export const MAX_RECIPIENTS = 200;
export const MAX_EXPERIENCE = 50;
export const MAX_MESSAGES = 500;
