// RFC 5322 addr-spec without the obsolete forms and comments (what mail systems accept today),
// with RFC 5321's length limits. Written as a small parser: a single regex for this is unreadable.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const MAX_TOTAL = 254;

function isDotAtom(text: string): boolean {
  if (text.length === 0) return false;
  return text.split(".").every((atom) => ATEXT.test(atom));
}

function isQuotedString(text: string): boolean {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return false;
  const inner = text.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const code = inner.charCodeAt(i);
    if (code === 0x5c) {
      // quoted-pair: backslash followed by a visible character or whitespace
      const next = inner.charCodeAt(i + 1);
      if (
        Number.isNaN(next) ||
        !(next === 0x20 || next === 0x09 || (next >= 0x21 && next <= 0x7e))
      ) {
        return false;
      }
      i++;
      continue;
    }
    const qtext = code === 0x21 || (code >= 0x23 && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);
    if (!qtext && code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

function isDomainLiteral(text: string): boolean {
  if (!text.startsWith("[") || !text.endsWith("]")) return false;
  const inner = text.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const code = inner.charCodeAt(i);
    const dtext = (code >= 0x21 && code <= 0x5a) || (code >= 0x5e && code <= 0x7e);
    if (!dtext) return false;
  }
  return true;
}

/** Property 1: true exactly for RFC 5322 addresses (dot-atom or quoted local part). */
export function isValidEmail(value: string): boolean {
  if (value.length === 0 || value.length > MAX_TOTAL) return false;
  // The local part may itself contain "@" inside quotes, so split at the last one.
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL || domain.length > MAX_DOMAIN) return false;
  const localOk = isDotAtom(local) || isQuotedString(local);
  const domainOk = isDotAtom(domain) || isDomainLiteral(domain);
  return localOk && domainOk;
}
