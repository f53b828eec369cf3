import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { isAppError } from "@/lib/errors";
import { ownedJobDescription } from "@/lib/job-descriptions/job-description-service";
import { matchResumeToJob } from "@/lib/job-descriptions/match-report";
import { personalFingerprint, sealPersonalQuestion } from "@/lib/crypto/personal-columns";
import { seededRandom } from "@/lib/questions/pick";
import { canonicalRole, roleTiers } from "@/lib/questions/role-match";
import { seenQuestionIds, selectQuestions } from "@/lib/questions/select-questions";
import { readyResumeProfile, type ResumeProfile } from "@/lib/resumes/candidate-profile";
import { openText, resumeTextContext } from "@/lib/resumes/sealed";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { logger } from "@/lib/logger";
import type { QuestionCategory } from "@/lib/validations/enums";
import type { CreateInterviewInput } from "@/lib/validations/interview";
import { MAX_QUESTIONS } from "@/lib/validations/interview";
import { jobRequirementsSchema } from "@/lib/validations/job-description";
import type { Tailoring } from "@/lib/validations/tailoring";
import {
  experienceLines,
  experienceQuestionDrafts,
  type PersonalQuestionDraft,
} from "./experience-questions";
import { categoryQuotas, pickTailored, type WeightedTarget } from "./pick-tailored";
import { planTargets, targetWeight } from "./plan";
import { bankTagsOf } from "./skill-tags";

// Questions about the candidate's own lines: at most this many per session.
const MAX_EXPERIENCE_QUESTIONS = 3;

async function resumeFor(userId: number, input: CreateInterviewInput) {
  if (input.resume_id != null) return readyResumeProfile(userId, input.resume_id);
  // A job alone: use the primary resume when one is ready, else work from the job only.
  try {
    return await readyResumeProfile(userId, null);
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return null;
    throw error;
  }
}

/**
 * Stores personal questions (owned by the user, never in shared pools); returns their rows. They
 * quote the resume: text and expected points are sealed, and the fingerprint is keyed.
 */
async function storePersonal(userId: number, drafts: readonly PersonalQuestionDraft[]) {
  if (drafts.length === 0) return [];
  const rows = drafts.map((d) => {
    const fingerprint = personalFingerprint(userId, d.role, d.questionText);
    return {
      ...sealPersonalQuestion(fingerprint, d.questionText, d.expectedAnswerPoints),
      category: d.category,
      difficulty: d.difficulty,
      role: d.role,
      timeLimitSeconds: d.timeLimitSeconds,
      skills: d.skills,
      source: "personal" as const,
      ownerUserId: userId,
      fingerprint,
    };
  });
  await db.question.createMany({ data: rows, skipDuplicates: true });
  const stored = await db.question.findMany({
    where: { fingerprint: { in: rows.map((r) => r.fingerprint) }, ownerUserId: userId },
  });
  const byPrint = new Map(stored.map((q) => [q.fingerprint, q]));
  return rows.map((r) => byPrint.get(r.fingerprint)).filter((q): q is Question => q !== undefined);
}

function personalDrafts(
  resume: ResumeProfile | null,
  input: CreateInterviewInput,
  targets: Tailoring["targets"],
  behaviouralSlots: number,
) {
  if (behaviouralSlots <= 0 || !resume?.analysis || !resume.resume.extractedText) return [];
  const max = Math.min(MAX_EXPERIENCE_QUESTIONS, behaviouralSlots);
  try {
    const text = openText(resume.resume.extractedText, resumeTextContext(resume.resume.id));
    return experienceQuestionDrafts(experienceLines(text, resume.analysis, targets), {
      max,
      role: input.role,
      difficulty: input.difficulty,
    });
  } catch (error) {
    logger.error("resume text unreadable for a tailored session", {
      resume_id: resume.resume.id,
      error: String(error),
    });
    return [];
  }
}

/**
 * Fills the session from the role's ordinary pool when too few tagged questions exist: first each
 * category up to its quota (behavioural questions are rarely tagged with a skill, and a session
 * asked for them must still have them), then any category when one's pool runs short.
 */
async function topUp(
  userId: number,
  input: CreateInterviewInput,
  seed: number,
  quota: ReadonlyMap<QuestionCategory, number>,
  bank: Question[],
  personal: readonly Question[],
): Promise<Question[]> {
  const taken = new Set([...bank, ...personal].map((q) => q.id));
  const missing = input.question_count - taken.size;
  // The ordinary pick spreads evenly over the categories: ask for enough that each has its share.
  const fill = (
    await selectQuestions(
      userId,
      {
        ...input,
        question_count: Math.min(MAX_QUESTIONS, taken.size + missing * input.categories.length),
      },
      seed,
    )
  ).filter((q) => !taken.has(q.id));
  const have = new Map<string, number>();
  for (const q of [...bank, ...personal]) have.set(q.category, (have.get(q.category) ?? 0) + 1);
  const out = [...bank];
  const add = (q: Question) => {
    out.push(q);
    taken.add(q.id);
    have.set(q.category, (have.get(q.category) ?? 0) + 1);
  };
  const wants = (q: Question) => (have.get(q.category) ?? 0) < (quota.get(q.category) ?? 0);
  for (const q of fill) if (out.length + personal.length < input.question_count && wants(q)) add(q);
  for (const q of fill) {
    if (out.length + personal.length >= input.question_count) break;
    if (!taken.has(q.id)) add(q);
  }
  return out;
}

/** Spreads `inserted` through `base` (first after the first question, then evenly). */
function interleave<T>(base: T[], inserted: T[]): T[] {
  if (inserted.length === 0) return base;
  const out = [...base];
  const step = Math.max(1, Math.floor((base.length + inserted.length) / inserted.length));
  inserted.forEach((q, i) => out.splice(Math.min(out.length, 1 + i * step), 0, q));
  return out;
}

/**
 * The questions of a tailored session and what it targets. Targets come from the job and / or
 * the resume (lib/tailoring/plan.ts); behavioural slots go first to questions about the
 * candidate's own experience lines; bank questions tagged with the targets fill the rest, best
 * coverage first; the role's ordinary pool (bank, then providers when configured) tops it up.
 */
export async function selectTailoredQuestions(
  userId: number,
  input: CreateInterviewInput,
  seed: number = Math.floor(Math.random() * 2 ** 31),
): Promise<{ questions: Question[]; tailoring: Tailoring }> {
  const jobRow =
    input.job_description_id != null
      ? await ownedJobDescription(userId, input.job_description_id)
      : null;
  const job = jobRow ? jobRequirementsSchema.parse(jobRow.requirements) : null;
  const resume = await resumeFor(userId, input);
  const report = job && resume ? matchResumeToJob(resume.profile, job) : null;
  const taxonomy = getTaxonomy();
  const targets = planTargets({
    job,
    report,
    resumeSkills:
      resume?.profile.skills.map((s) => ({
        id: s.id,
        name: taxonomy.byId.get(s.id)?.name ?? s.id,
        confidence: s.confidence,
      })) ?? null,
  });

  const random = seededRandom(seed);
  const quota = categoryQuotas(input.question_count, input.categories, random);
  const personal = await storePersonal(
    userId,
    personalDrafts(resume, input, targets, quota.get("Behavioral") ?? 0),
  );
  // What is left of each category for bank questions once the personal ones are counted.
  const bankQuota = new Map(quota);
  for (const q of personal) bankQuota.set(q.category, (bankQuota.get(q.category) ?? 0) - 1);

  const weighted: WeightedTarget[] = targets.flatMap((t, i) => {
    const skill = taxonomy.byId.get(t.id);
    return skill
      ? [{ id: t.id, tags: new Set(bankTagsOf(skill)), weight: targetWeight(i, t) }]
      : [];
  });
  const tags = [...new Set(weighted.flatMap((t) => [...t.tags]))];
  const wanted = input.question_count - personal.length;
  const [seen, pool] = await Promise.all([
    seenQuestionIds(userId),
    tags.length > 0 && wanted > 0
      ? db.question.findMany({
          where: {
            retiredAt: null,
            ownerUserId: null,
            category: { in: input.categories },
            skills: { hasSome: tags },
          },
          select: { id: true, category: true, difficulty: true, role: true, skills: true },
        })
      : Promise.resolve([]),
  ]);
  const picked = pickTailored(pool, weighted, {
    categories: input.categories,
    difficulty: input.difficulty,
    count: Math.max(0, wanted),
    roleTiers: roleTiers(canonicalRole(input.role)),
    seen,
    random,
    quota: bankQuota,
  });
  const rows = await db.question.findMany({
    where: { id: { in: picked.map((p) => p.question.id) }, retiredAt: null },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  let bank = picked.map((p) => byId.get(p.question.id)).filter((q): q is Question => !!q);

  if (input.question_count - personal.length - bank.length > 0) {
    bank = await topUp(userId, input, seed, quota, bank, personal);
  }

  return {
    questions: interleave(bank, personal),
    tailoring: {
      version: 1,
      resumeId: resume?.resume.id ?? null,
      jobDescriptionId: jobRow?.id ?? null,
      jobTitle: jobRow ? (jobRow.title ?? job?.title ?? null) : null,
      targets,
      jobSkills: job
        ? [
            ...job.required.map((s) => ({
              id: s.id,
              name: s.name,
              importance: "required" as const,
            })),
            ...job.niceToHave.map((s) => ({ id: s.id, name: s.name, importance: "nice" as const })),
          ]
        : null,
      experienceQuestions: personal.length,
    },
  };
}
