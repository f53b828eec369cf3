// What a log line must never carry: passwords, tokens, keys, cookies. Field names that say "secret"
// hide their value whatever it is; free text (error messages, URLs) is scrubbed of the shapes
// secrets take (JWTs, Bearer credentials, passwords inside URLs) and of the configured secrets.

export const REDACTED = "[REDACTED]";

const SECRET_FIELD =
  /pass(word|wd|phrase)?($|[_-])|secret|token|authorization|cookie|api[_-]?key|private[_-]?key|access[_-]?key|signing[_-]?key|credential|encryption[_-]?keys?/i;

const PATTERNS: [RegExp, string][] = [
  // JSON Web Tokens (access tokens, next-auth session cookies).
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*)?/g, REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`],
  // scheme://user:password@host (database, Redis and SMTP URLs in connection errors).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]+@/gi, `$1:${REDACTED}@`],
  // password=…, token: "…" and the like inside free text (query strings, form bodies).
  [
    /\b(pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?token|refresh[_-]?token)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi,
    `$1$2${REDACTED}`,
  ],
];

export const isSecretField = (name: string): boolean => SECRET_FIELD.test(name);

/** Free text with every secret-looking part and every configured secret value replaced. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of `value` fit for a log line (depth-limited; cycles cut). */
export function redact(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, secrets) };
  }
  if (value === null || typeof value !== "object") return value;
  if (depth > 6) return "[…]";
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      // Counts and flags named after secrets ("tokens_revoked: 3") say nothing secret.
      isSecretField(key) &&
      (typeof item === "string" || (item !== null && typeof item === "object"))
        ? REDACTED
        : redact(item, secrets, depth + 1);
  }
  return out;
}
