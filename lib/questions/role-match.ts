import { bankRoles } from "./bank/load";

// How candidates name the bank's roles in free-text titles. Only roles that have a bank file
// count; a role file without an entry here is matched by the words of its own name.
const ROLE_KEYWORDS: Record<string, RegExp> = {
  "Frontend Engineer": /front[\s-]?end|\bui\b|react|angular|vue|web developer|javascript|css/i,
  "Backend Engineer":
    /back[\s-]?end|\bapi\b|server|java\b|python developer|golang|\bgo developer|node(?:\.js)? developer|microservice/i,
  "Data Scientist":
    /data scien|machine learning|\bml\b|\bai\b|data analy|analytics|statistic|deep learning|nlp/i,
  "Machine Learning Engineer": /machine learning|\bml\b|mlops|deep learning|\bai engineer/i,
  "DevOps / SRE":
    /devops|\bsre\b|site reliability|platform|infrastructure|cloud engineer|kubernetes|operations/i,
  "Product Manager": /product (?:manager|owner|lead)|\bpm\b|\bpo\b|product management/i,
  "Product Designer":
    /designer|\bux\b|user experience|interaction design|product design|visual design/i,
  "QA Engineer": /\bqa\b|quality|\btest(?:er|ing)?\b|sdet|automation engineer/i,
  "Mobile Engineer": /mobile|\bios\b|android|swift|kotlin|react native|flutter/i,
  "Security Engineer":
    /security|appsec|secops|infosec|cyber|penetration|pen[\s-]?test|red team|blue team/i,
  "Engineering Manager":
    /engineering manager|\bem\b|manager|tech(?:nical)? lead|team lead|director|head of|\bcto\b|\bvp\b/i,
  "Software Engineer": /software|developer|programmer|\bswe\b|engineer|full[\s-]?stack|coder/i,
};

// Which other roles' questions fit best when a role's own questions run out.
const RELATED: Record<string, string[]> = {
  "Software Engineer": ["Backend Engineer", "Frontend Engineer"],
  "Frontend Engineer": ["Software Engineer", "QA Engineer"],
  "Backend Engineer": ["Software Engineer", "DevOps / SRE"],
  "Data Scientist": ["Machine Learning Engineer", "Backend Engineer", "Software Engineer"],
  "Machine Learning Engineer": ["Data Scientist", "Backend Engineer"],
  "DevOps / SRE": ["Backend Engineer", "Software Engineer"],
  "Product Manager": ["Engineering Manager", "Data Scientist"],
  "Product Designer": ["Product Manager", "Frontend Engineer"],
  "QA Engineer": ["Software Engineer", "Frontend Engineer"],
  "Mobile Engineer": ["Frontend Engineer", "Software Engineer"],
  "Security Engineer": ["Backend Engineer", "DevOps / SRE"],
  "Engineering Manager": ["Product Manager", "Software Engineer"],
};

// Titles that name general software work (the Software Engineer bank fits them as they are).
const GENERAL_SOFTWARE =
  /\bsoftware (?:engineer|developer)|\bswe\b|programmer|full[\s-]?stack|\bcoder\b/i;
const FALLBACK_ROLE = "Software Engineer";

// Words of a role's name that say nothing about which role it is.
const GENERIC_WORDS = new Set(
  "engineer engineering developer manager lead senior junior staff principal specialist and of the".split(
    " ",
  ),
);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A role file without a keyword entry: matched when a title contains its distinctive words. */
function nameKeywords(role: string): RegExp | null {
  const words = role
    .toLowerCase()
    .split(/[^a-z0-9+#.]+/)
    .filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return words.length > 0 ? new RegExp(`\\b(?:${words.map(escape).join("|")})\\b`, "i") : null;
}

const keywordsOf = (role: string): RegExp | null => ROLE_KEYWORDS[role] ?? nameKeywords(role);

interface RoleMatch {
  /** Bank roles the title names (several for full-stack titles). */
  primary: string[];
  /** Roles whose questions fit next best. */
  related: string[];
  /**
   * False when the title names no bank role and Software Engineer is only a stand-in
   * (e.g. "Rust Embedded Engineer"): the bank then merely approximates the role.
   */
  named: boolean;
}

const sameRole = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Bank roles for a free-text role title; Software Engineer when nothing more specific fits. */
export function matchBankRoles(role: string, roles: readonly string[] = bankRoles()): RoleMatch {
  const has = (r: string) => roles.includes(r);
  const exact = roles.find((r) => sameRole(r, role.trim()));
  const primary = exact
    ? [exact]
    : roles.filter((r) => r !== FALLBACK_ROLE && (keywordsOf(r)?.test(role) ?? false));
  if (!exact && /full[\s-]?stack/i.test(role)) {
    primary.push(...["Frontend Engineer", "Backend Engineer"].filter(has));
  }
  const named = primary.length > 0 || GENERAL_SOFTWARE.test(role);
  if (primary.length === 0 && has(FALLBACK_ROLE)) primary.push(FALLBACK_ROLE);
  const unique = [...new Set(primary)];
  const related = [...new Set(unique.flatMap((r) => RELATED[r] ?? []))].filter(
    (r) => has(r) && !unique.includes(r),
  );
  return { primary: unique, related, named };
}

/**
 * The stored form of a role title — trimmed, single-spaced, and spelled as the bank spells it
 * when it names a bank role — so cache keys and generated questions agree on it.
 */
export function canonicalRole(role: string, roles: readonly string[] = bankRoles()): string {
  const tidy = role.trim().replace(/\s+/g, " ");
  return roles.find((r) => sameRole(r, tidy)) ?? tidy;
}

/**
 * Pick tiers for a role: the role and the bank roles it names, then the related ones. A title
 * that names no bank role has only itself in the first tier; its stand-ins come second.
 */
export function roleTiers(role: string): [string[], string[]] {
  const { primary, related, named } = matchBankRoles(role);
  return named ? [[role, ...primary], related] : [[role], [...primary, ...related]];
}
