/** Where the panel keeps the contact list's first rows for its next opening (storage/first-block.ts). */
export const KEPT_ROWS_KEY = 'tend:first-rows';
