// An answer's length limits, without zod: the editor (a client component) counts with them too.
export const ANSWER_MIN = 10;
export const ANSWER_MAX = 5000;

/** Characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
export const charLength = (text: string): number => [...text].length;
