import { plainDashes } from "./text-fold";

/** Extracted text is cut here: far beyond any resume, it keeps parsing and storage bounded. */
export const MAX_TEXT_CHARS = 100_000;

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

/**
 * One shape for text from any source: NFC, ligatures spelled out, exotic spaces and bullets made
 * plain, control characters dropped (PostgreSQL cannot store NUL), blank runs collapsed.
 */
export function normaliseText(text: string): string {
  const lines = plainDashes(text)
    .normalize("NFC")
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/\t/g, "  ")
    .replace(/[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\u25AA\u25CF\u25E6\u2023\u2043\u2219\u27A2]/g, "•")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.replace(/ {3,}/g, "  ").trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === "" && (out.length === 0 || out.at(-1) === "")) continue;
    out.push(line.trim() === "" ? "" : line);
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n").slice(0, MAX_TEXT_CHARS);
}
