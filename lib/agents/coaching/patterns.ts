import { findSkillMentions, MIN_SKILL_CONFIDENCE } from "@/lib/resumes/skill-matcher";
import { getTaxonomy, type Taxonomy } from "@/lib/resumes/taxonomy";
import { skillIdOfTag } from "@/lib/tailoring/skill-tags";
import {
  CATEGORIES,
  CATEGORY_LABELS,
  DIFFICULTIES,
  type Difficulty,
  type QuestionCategory,
} from "@/lib/validations/enums";
import type { CompanyCoachingOutput } from "@/lib/validations/agents";

export interface SourceQuestion {
  id: number;
  text: string;
  category: QuestionCategory;
  difficulty: Difficulty;
  skills: readonly string[];
}

type Patterns = CompanyCoachingOutput["patterns"];

const MAX_TOPICS = 8;
const MAX_EXAMPLES = 5;
const share = (n: number, total: number) => Math.round((n / Math.max(1, total)) * 100) / 100;

/** The taxonomy skills a question is about: its tags, else the skills its text names. */
export function topicsOf(q: SourceQuestion, taxonomy: Taxonomy): string[] {
  const fromTags = q.skills
    .map((t) => skillIdOfTag(t, taxonomy))
    .filter((id): id is string => id !== null);
  if (fromTags.length > 0) return [...new Set(fromTags)];
  const mentions = findSkillMentions([{ number: 1, text: q.text }], taxonomy);
  return [
    ...new Set(mentions.filter((m) => m.confidence >= MIN_SKILL_CONFIDENCE).map((m) => m.skillId)),
  ];
}

/**
 * What a set of interview questions says about an interview: the share of each category and
 * difficulty (shares of one kind add up to 1 up to rounding), the topics asked most, a few
 * examples (one per category first), and insights in words for the candidate.
 */
export function interviewPatterns(
  questions: readonly SourceQuestion[],
  sourceLabel: string,
  taxonomy: Taxonomy = getTaxonomy(),
): Patterns {
  const total = questions.length;
  const categories = CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    n: questions.filter((q) => q.category === category).length,
  }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n)
    .map(({ category, label, n }) => ({ category, label, share: share(n, total) }));
  const difficulty = DIFFICULTIES.map((d) => ({
    difficulty: d,
    share: share(questions.filter((q) => q.difficulty === d).length, total),
  })).filter((d) => d.share > 0);
  const topicCounts = new Map<string, number>();
  for (const q of questions) {
    for (const id of topicsOf(q, taxonomy)) topicCounts.set(id, (topicCounts.get(id) ?? 0) + 1);
  }
  const topics = [...topicCounts]
    .map(([id, n]) => ({ topic: taxonomy.byId.get(id)?.name ?? id, questions: n }))
    .sort((a, b) => b.questions - a.questions || a.topic.localeCompare(b.topic))
    .slice(0, MAX_TOPICS);
  const examples: Patterns["examples"] = [];
  for (const c of categories) {
    const q = questions.find((x) => x.category === c.category);
    if (q && examples.length < MAX_EXAMPLES)
      examples.push({ question_id: q.id, text: q.text, category: q.category });
  }
  for (const q of questions) {
    if (examples.length >= MAX_EXAMPLES) break;
    if (!examples.some((e) => e.question_id === q.id))
      examples.push({ question_id: q.id, text: q.text, category: q.category });
  }

  const insights: string[] = [];
  if (total === 0) {
    insights.push(`No questions are known for ${sourceLabel} yet.`);
  } else {
    const top = categories[0]!;
    insights.push(
      `${Math.round(top.share * 100)}% of the ${total} questions from ${sourceLabel} are ${top.label}.`,
    );
    const behavioural = categories.find((c) => c.category === "Behavioral");
    if (behavioural) {
      const stories = Math.max(3, Math.min(8, Math.round(behavioural.share * 10)));
      insights.push(
        `Behavioral questions make up ${Math.round(behavioural.share * 100)}%: have ${stories} STAR stories ready.`,
      );
    } else {
      insights.push(
        `No behavioral questions are reported: expect the time to go to ${top.label.toLowerCase()} depth.`,
      );
    }
    if (topics[0]) {
      insights.push(
        `Most asked topic${topics.length > 1 ? "s" : ""}: ${topics
          .slice(0, 3)
          .map((t) => `${t.topic} (${t.questions})`)
          .join(", ")}.`,
      );
    }
    const hard = difficulty
      .filter((d) => d.difficulty === "Hard" || d.difficulty === "Expert")
      .reduce((s, d) => s + d.share, 0);
    if (hard >= 0.5)
      insights.push(
        `${Math.round(hard * 100)}% are Hard or Expert: practise above your usual level.`,
      );
  }
  return { categories, topics, difficulty, examples, insights };
}
