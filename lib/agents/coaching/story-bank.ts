import type { CompanyCoachingOutput } from "@/lib/validations/agents";

export interface StoryLine {
  number: number;
  text: string;
}
export interface StoryRole {
  title: string | null;
  company: string | null;
  start: string;
  end: string;
  lineNumber: number;
}

type Story = CompanyCoachingOutput["story_bank"][number];

// Behavioural themes interviewers ask about, each with the resume verbs that evidence it.
const THEMES: ReadonlyArray<{ theme: string; prompt: string; cue: RegExp }> = [
  {
    theme: "Leadership",
    prompt: "Tell me about a time you led people or a project to an outcome.",
    cue: /\b(led|lead|leading|mentor(?:ed|ing)?|managed|managing|coached|hired|supervis\w*|head(?:ed)?)\b/i,
  },
  {
    theme: "Impact",
    prompt: "What is the achievement you are proudest of, and how did you measure it?",
    cue: /\b(increas\w*|reduc\w*|improv\w*|grew|grow\w*|sav(?:ed|ing)|cut|boost\w*|accelerat\w*|doubl\w*|tripl\w*)\b/i,
  },
  {
    theme: "Collaboration",
    prompt: "Tell me about working with people who disagreed with you or had other priorities.",
    cue: /\b(cross-functional|stakeholders?|partner(?:ed|ing)|collaborat\w*|negotiat\w*|align(?:ed|ing)|coordinat\w*|liais\w*)\b/i,
  },
  {
    theme: "Problem solving",
    prompt: "Describe a hard technical problem you solved. How did you approach it?",
    cue: /\b(migrat\w*|debugg?\w*|resolv\w*|fix(?:ed)?|optimi[sz]\w*|scal(?:ed|ing)|redesign\w*|refactor\w*|troubleshoot\w*|automat\w*)\b/i,
  },
  {
    theme: "Initiative",
    prompt: "Tell me about something you started without being asked.",
    cue: /\b(introduc\w*|initiat\w*|propos\w*|launch\w*|found(?:ed)?|pioneer\w*|championed|spearhead\w*|establish\w*)\b/i,
  },
  {
    theme: "Handling pressure or failure",
    prompt: "Tell me about a time something went wrong. What did you do?",
    cue: /\b(incident|outage|on-call|postmortem|post-mortem|recover\w*|deadline|crisis|escalat\w*|rollback)\b/i,
  },
];

// A measurable outcome in a line: 40%, 3x, $2M, 120k users, 2 weeks, from 10 to 2 minutes.
const MEASURE =
  /(?:[$€£]\s?\d[\d.,]*\s?(?:[kmb]|million|billion)?|\b\d[\d.,]*\s?(?:%|x\b|k\b|m\b|percent|users|customers|clients|people|engineers|ms\b|seconds|minutes|hours|days|weeks|months|requests|transactions))/i;

const clean = (line: string) => line.replace(/^[\s•●▪◦\-–*·>]+/, "").trim();

/** The role a line belongs to: the last dated role that starts above it. */
function roleOf(line: StoryLine, roles: readonly StoryRole[]): StoryRole | null {
  let best: StoryRole | null = null;
  for (const r of roles)
    if (r.lineNumber <= line.number && (!best || r.lineNumber > best.lineNumber)) best = r;
  return best;
}

/**
 * A story bank from the resume's experience lines: for each behavioural theme, the line that
 * best evidences it (a cue verb; a measurable outcome wins ties), framed as a STAR scaffold in
 * which the action is the line as written and the result its measure (or what to add). A line
 * serves one theme at most; themes without evidence are left out.
 */
export function buildStoryBank(lines: readonly StoryLine[], roles: readonly StoryRole[]): Story[] {
  const used = new Set<number>();
  const stories: Story[] = [];
  for (const { theme, prompt, cue } of THEMES) {
    const candidates = lines
      .map((l) => ({ line: l, text: clean(l.text) }))
      .filter(({ line, text }) => !used.has(line.number) && text.length >= 25 && cue.test(text))
      .sort(
        (a, b) =>
          Number(MEASURE.test(b.text)) - Number(MEASURE.test(a.text)) ||
          b.text.length - a.text.length ||
          a.line.number - b.line.number,
      );
    const pick = candidates[0];
    if (!pick) continue;
    used.add(pick.line.number);
    const role = roleOf(pick.line, roles);
    const where = role
      ? [role.title, role.company].filter(Boolean).join(" at ") || "this role"
      : "this role";
    const when = role ? ` (${role.start} – ${role.end})` : "";
    const measure = MEASURE.exec(pick.text)?.[0];
    stories.push({
      theme,
      prompt,
      role: role ? where : null,
      evidence: pick.text,
      star: {
        situation: `As ${where}${when}: what was the context and what was at stake?`,
        task: `What were you responsible for in "${pick.text.length > 80 ? `${pick.text.slice(0, 79)}…` : pick.text}"?`,
        action: pick.text,
        result: measure
          ? `${measure}: say how it was measured and what it meant for the team or users.`
          : "Add the outcome: a number, a before and after, or who benefited.",
      },
    });
  }
  return stories;
}
