/** The id of the page element that holds the built-in qualification files (written by vite.config.ts, read by builtin-catalog.ts). */
export const BUILTIN_QUALIFICATIONS_ELEMENT = "builtin-qualifications";
