import { getTaxonomy, type TaxonomySkill } from "@/lib/resumes/taxonomy";
import type { Rng } from "./random";

/** Where a skill name stands: in a list, after a preposition beside another skill, or in prose. */
export type Placement = "list" | "prep" | "prose";

export interface Surface {
  text: string;
  skillId: string;
  /** Needs context to be read as a skill ("Go", "R", soft skills). */
  contextual: boolean;
}

function forms(skill: TaxonomySkill): { plain: string[]; contextual: string[]; anyCase: string[] } {
  const special = new Set([
    ...(skill.exact ?? []),
    ...(skill.contextual ?? []),
    ...(skill.contextualAnyCase ?? []),
  ]);
  const plain = [
    ...(special.has(skill.name) ? [] : [skill.name]),
    ...(skill.aliases ?? []),
    ...(skill.exact ?? []),
  ];
  return { plain, contextual: skill.contextual ?? [], anyCase: skill.contextualAnyCase ?? [] };
}

/** How a resume might write the skill here: mostly its usual name, sometimes an alias. */
export function surfaceOf(skillId: string, placement: Placement, rng: Rng): Surface {
  const skill = getTaxonomy().byId.get(skillId);
  if (!skill) throw new Error(`Fixture pools name an unknown skill: ${skillId}`);
  const { plain, contextual, anyCase } = forms(skill);
  const contextualForms =
    placement === "prose" ? [] : placement === "prep" ? contextual : [...contextual, ...anyCase];
  const usual = [
    ...contextualForms.filter((f) => f === skill.name),
    ...plain.filter((f) => f === skill.name),
  ];
  const all = [...plain, ...contextualForms];
  if (all.length === 0) throw new Error(`No way to write ${skillId} in ${placement}`);
  const text = usual.length > 0 && rng.chance(0.6) ? usual[0]! : rng.pick(all);
  return { text, skillId, contextual: !plain.includes(text) };
}

/** A soft skill can only be written in a list ("Communication"); others anywhere. */
export const needsList = (skillId: string): boolean => {
  const skill = getTaxonomy().byId.get(skillId)!;
  const { plain } = forms(skill);
  return plain.length === 0;
};
