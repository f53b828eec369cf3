import { BANK_ROLES, type BankRole } from "@/lib/ai/offline/bank/types";

// Words that identify a bank role inside whatever title a candidate types.
const ROLE_KEYWORDS: Record<BankRole, RegExp> = {
  "Frontend Engineer": /front[\s-]?end|\bui\b|react|angular|vue|web developer|javascript|css/i,
  "Backend Engineer":
    /back[\s-]?end|\bapi\b|server|java\b|python developer|golang|\bgo developer|node(?:\.js)? developer|microservice/i,
  "Data Scientist":
    /data scien|machine learning|\bml\b|\bai\b|data analy|analytics|statistic|deep learning|nlp/i,
  "DevOps / SRE":
    /devops|\bsre\b|site reliability|platform|infrastructure|cloud engineer|kubernetes|operations/i,
  "Product Manager": /product (?:manager|owner|lead)|\bpm\b|\bpo\b|product management/i,
  "QA Engineer": /\bqa\b|quality|\btest(?:er|ing)?\b|sdet|automation engineer/i,
  "Engineering Manager":
    /engineering manager|\bem\b|manager|tech(?:nical)? lead|team lead|director|head of|\bcto\b|\bvp\b/i,
  "Software Engineer": /software|developer|programmer|\bswe\b|engineer|full[\s-]?stack|coder/i,
};

// Which other roles' questions fit best when a role's own questions run out.
const RELATED: Record<BankRole, BankRole[]> = {
  "Software Engineer": ["Backend Engineer", "Frontend Engineer"],
  "Frontend Engineer": ["Software Engineer", "QA Engineer"],
  "Backend Engineer": ["Software Engineer", "DevOps / SRE"],
  "Data Scientist": ["Backend Engineer", "Software Engineer"],
  "DevOps / SRE": ["Backend Engineer", "Software Engineer"],
  "Product Manager": ["Engineering Manager", "Data Scientist"],
  "QA Engineer": ["Software Engineer", "Frontend Engineer"],
  "Engineering Manager": ["Product Manager", "Software Engineer"],
};

// Titles that name general software work (the Software Engineer bank fits them as they are).
const GENERAL_SOFTWARE =
  /\bsoftware (?:engineer|developer)|\bswe\b|programmer|full[\s-]?stack|\bcoder\b/i;

interface RoleMatch {
  /** Bank roles the title names (several for full-stack titles). */
  primary: BankRole[];
  /** Roles whose questions fit next best. */
  related: BankRole[];
  /**
   * False when the title names no bank role and Software Engineer is only a stand-in
   * (e.g. "Rust Embedded Engineer"): the bank then merely approximates the role.
   */
  named: boolean;
}

/** Bank roles for a free-text role title; Software Engineer when nothing more specific fits. */
function matchBankRoles(role: string): RoleMatch {
  const exact = BANK_ROLES.find((r) => r.toLowerCase() === role.trim().toLowerCase());
  const primary = exact
    ? [exact]
    : BANK_ROLES.filter((r) => r !== "Software Engineer" && ROLE_KEYWORDS[r].test(role));
  if (!exact && /full[\s-]?stack/i.test(role))
    primary.push("Frontend Engineer", "Backend Engineer");
  const named = primary.length > 0 || GENERAL_SOFTWARE.test(role);
  if (primary.length === 0) primary.push("Software Engineer");
  const unique = [...new Set(primary)];
  const related = [...new Set(unique.flatMap((r) => RELATED[r]))].filter(
    (r) => !unique.includes(r),
  );
  return { primary: unique, related, named };
}

/**
 * The stored form of a role title — trimmed, single-spaced, and spelled as the bank spells it
 * when it names a bank role — so cache keys and generated questions agree on it.
 */
export function canonicalRole(role: string): string {
  const tidy = role.trim().replace(/\s+/g, " ");
  return BANK_ROLES.find((r) => r.toLowerCase() === tidy.toLowerCase()) ?? tidy;
}

/**
 * Pick tiers for a role: the role and the bank roles it names, then the related ones. A title
 * that names no bank role has only itself in the first tier; its stand-ins come second.
 */
export function roleTiers(role: string): [string[], string[]] {
  const { primary, related, named } = matchBankRoles(role);
  return named ? [[role, ...primary], related] : [[role], [...primary, ...related]];
}
