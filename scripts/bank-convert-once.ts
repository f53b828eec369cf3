// One-off: converts the TypeScript banks of lib/ai/offline/bank into the JSON role files of
// lib/questions/bank/data (keys from the text, skill tags from a lexicon plus a reviewed list of
// corrections). Removed together with the TypeScript banks once the JSON files are the source.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { QUESTION_BANK, type BankQuestion } from "@/lib/ai/offline/bank";

const OUT = path.join(process.cwd(), "lib/questions/bank/data");

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// Words that say nothing about which question this is.
const FILLER = new Set(
  (
    "a an the what which who how why when where is are was were be been do does did you your " +
    "yours would could should can will me my i we our us they their them it its this that these " +
    "those of in on at to for from with about into as and or but if then than so such tell time " +
    "describe explain walk through give example examples some any each every there here between " +
    "difference differences while after before only just also very own has have had made make " +
    "one two did s t happened used use using"
  ).split(/\s+/),
);

function keySlug(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/\ba\/b\b/g, "ab")
    .replace(/\breal-time\b/g, "realtime")
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !FILLER.has(w));
  const picked: string[] = [];
  for (const w of words) {
    if (picked.length >= 6 || picked.join("-").length + w.length > 48) break;
    if (!picked.includes(w)) picked.push(w);
  }
  return picked.join("-");
}

// Points that only said "mentions X": rewritten as claims a grader can check.
const POINT_FIXES: Record<string, string> = {
  "Use a stack":
    "A stack fits because the most recently opened bracket must be the first one closed",
  "Describes the fix": "Describes the fix and why it addressed the cause rather than the symptom",
  "Access is audited":
    "Every read of a secret is audited, so a leak can be traced to the identity that read it",
  "Order by day": "Order the result by day so that the rows read chronologically",
  "GROUP BY user_id": "GROUP BY user_id gives one row per user",
  "Assign a buddy": "Assign a buddy who answers everyday questions and pairs with the new joiner",
  "GROUP BY the author": "GROUP BY the author column gives one row per engineer",
  "States the result":
    "States the result, such as tests delivered on time or defects the new tool caught",
};
const OUTCOME_FIXES: Record<string, string> = {
  "Describe a time you had to fix a problem in a database or backend system you had never worked with before.":
    "States the outcome in concrete terms, such as what was fixed and how long it took",
  "Tell me about a time you had to prioritise several analysis requests from different teams at once.":
    "States the outcome, such as which requests were delivered when and how the requesters responded",
  "Tell me about a time you helped a development team solve a deployment or infrastructure problem.":
    "States the outcome, such as fewer failed deployments or faster recovery for that team",
  "Tell me about a time you said no to a stakeholder's feature request.":
    "States the outcome, including whether the decision held up in hindsight",
  "Tell me about a significant bug you found. How did you find it, and what happened next?":
    "States the outcome, such as whether the fix shipped before users were affected",
  "Tell me about a time you stood up for quality when the team was under pressure to cut corners.":
    "States the outcome for both quality and the delivery date",
};

function fixPoints(q: BankQuestion): string[] {
  return q.points.map((p) => {
    if (p === "States the outcome") {
      const fixed = OUTCOME_FIXES[q.text];
      if (!fixed) throw new Error(`no outcome fix for ${q.text}`);
      return fixed;
    }
    return POINT_FIXES[p] ?? p;
  });
}

// Skill tags: [tag, pattern]. Matched on the question text (weight 3) and its points (weight 1).
const LEXICON: [string, RegExp][] = [
  ["javascript", /javascript|\bvar, let\b|closure|prototype chain|event loop|promise\.all|debounce|event emitter|\bv8\b/i],
  ["typescript", /typescript/i],
  ["react", /\breact\b|useeffect|usestate|usememo|server components/i],
  ["css", /\bcss\b|box model|specificity|flexbox|media quer/i],
  ["html", /\bhtml\b/i],
  ["accessibility", /accessib|screen[- ]reader|\baria\b|keyboard users|wcag/i],
  ["web performance", /core web vitals|bundle|layout thrashing|critical rendering|page speed|render(ing)? performance|\blcp\b|\binp\b|re-render/i],
  ["browser", /\bbrowser|\bdom\b/i],
  ["web security", /cross-site|\bxss\b|csrf|\bcors\b|content security policy/i],
  ["http", /\bhttp\b|status code/i],
  ["api design", /\bapi\b|\bapis\b|endpoint|pagination|\brest\b|graphql|grpc/i],
  ["graphql", /graphql/i],
  ["grpc", /\bgrpc\b/i],
  ["sql", /\bsql\b|select .* from|group by|window function/i],
  ["postgresql", /postgres/i],
  ["databases", /database|\bindex\b|transaction|isolation level|b-tree|\bacid\b|multi-version concurrency|write-ahead|connection pool|n\+1|shard|replica|lsm/i],
  ["nosql", /nosql|key-value store|document store/i],
  ["redis", /\bredis\b/i],
  ["kafka", /\bkafka\b/i],
  ["message queues", /queue|kafka|\bsqs\b|messaging|pub\/sub|outbox|consum(er|ing) messages/i],
  ["caching", /\bcach(e|es|ing)\b|\blru\b|\bcdn\b/i],
  ["distributed systems", /distributed|consensus|\braft\b|paxos|cap theorem|pacelc|partition|replicat|multi-region|leader election|consistent hashing|exactly-once/i],
  ["concurrency", /concurren|\bthreads?\b|race condition|\block(s|ing)?\b|mutex|deadlock|happens-before|optimistic|pessimistic/i],
  ["algorithms", /algorithm|big-o|complexity|\bo\(1\)|\bo\(n|sort(ed|ing)?\b|shortest path|binary search|two numbers|substring|sliding window/i],
  ["data structures", /hash (map|table)|linked list|binary (search )?tree|\bheap\b|\bstack\b|\btrie\b|graph|\blru\b|priority queue|ring/i],
  ["operating systems", /process and a thread|stack and heap|memory leak|garbage collect|cpu cache|namespaces and cgroups|virtual memory/i],
  ["networking", /\bdns\b|\btcp\b|\btls\b|network|load balanc|\bip address/i],
  ["security", /security|vulnerab|injection|password|secret|encrypt|\btls\b|threat|least privilege|permission/i],
  ["authentication", /authenticat|authoris|authoriz|password|\bjwt|oauth|\blogin\b|sessions?\b.*(cookie|token)/i],
  ["linux", /\blinux\b|chmod|cgroups|ebpf|\bnginx\b/i],
  ["shell scripting", /shell|\bbash\b|\bscript\b|\bawk\b|\bgrep\b/i],
  ["docker", /docker|container image|dockerfile/i],
  ["containers", /\bcontainers?\b/i],
  ["kubernetes", /kubernetes|\bpods?\b|\bk8s\b|crashloop|operator/i],
  ["terraform", /terraform/i],
  ["infrastructure as code", /infrastructure-as-code|infrastructure as code|terraform/i],
  ["ci/cd", /\bci\b|continuous (integration|delivery|deployment)|pipeline|deploy/i],
  ["observability", /observab|monitoring|metrics, logs|traces|tracing|dashboards?\b|alert/i],
  ["prometheus", /promql|prometheus/i],
  ["slos", /\bslos?\b|\bslis?\b|error budget|burn-rate|availability target/i],
  ["incident management", /incident|on-call|on call|postmortem|outage/i],
  ["cloud", /\bcloud\b|\baws\b|landing zone|multi-account/i],
  ["git", /\bgit\b|rebase|monorepo|trunk-based|feature branch|pull request/i],
  ["testing", /\btest(s|ing|ed)?\b|\bqa\b/i],
  ["test automation", /automat(ed|ion)?.{0,20}tests?|test automation|selenium|playwright|page object|flaky/i],
  ["unit testing", /unit tests?|mocks? and stubs/i],
  ["performance testing", /performance test|load test/i],
  ["api testing", /api tests?|test(ing)? a rest api|contract test/i],
  ["machine learning", /machine-learning|machine learning|\bmodels?\b|overfitting|regression|random forest|boosting|classifier|supervised|recommender|ranking system|\bml\b/i],
  ["statistics", /statistic|p-value|\bmean\b|median|variance|confidence interval|bootstrap|sample size|standard deviation|percentile|simpson/i],
  ["experimentation", /a\/b|experiment|bandit/i],
  ["python", /\bpython\b/i],
  ["pandas", /pandas/i],
  ["deep learning", /transformer|neural|attention/i],
  ["llm", /large language model|\bllms?\b|generative ai|chatbot/i],
  ["data engineering", /pipeline that|batch pipeline|feature store|etl|data warehouse|events table|ingest/i],
  ["system design", /^design (a|an|the)\b|architecture/i],
  ["scalability", /million|billion|\d{2,3},000|scal(e|ing|able)|shard/i],
  ["product strategy", /strategy|north star|roadmap|portfolio|market/i],
  ["product analytics", /metric|funnel|retention|cohort|daily active|conversion|dashboard/i],
  ["prioritisation", /prioriti[sz]|backlog|competing|trade(s|d)? short-term|capacity goes/i],
  ["user research", /customer feedback|user feedback|discovery|user research|interview users/i],
  ["pricing", /pricing|price|packaging|revenue/i],
  ["stakeholder management", /stakeholder|leadership|executive|senior stakeholders/i],
  ["communication", /explain .* (to|as) .*non-technical|communicat|non-technical audience|documentation|runbook/i],
  ["collaboration", /worked closely|designer|product manager|several teams|other teams|teammate|developer/i],
  ["conflict resolution", /disagree|conflict|push(ed)? back|said no|say no/i],
  ["leadership", /\bled\b|\blead\b|leader|without formal authority|drove|championed|strategy for/i],
  ["ownership", /mistake|incident|broke|caused|failed|did not go|went wrong|missed/i],
  ["decision making", /decid|decision|incomplete information|trade-off|build or buy|build, buy/i],
  ["mentoring", /mentor|coach|new team member|grow towards|onboarding/i],
  ["people management", /one-to-one|underperform|let someone go|feedback to someone|high performer|morale|attrition/i],
  ["hiring", /hiring|interview for|candidates|hires/i],
  ["performance management", /performance review|calibration|promotion|underperform|career framework/i],
  ["organisational design", /organisational structure|reorganisation|team structure|ownership boundaries|organisation grows|integrating an acquired/i],
  ["engineering metrics", /dora|change failure rate|time to restore|delivery is slowed|flakiest|pull requests merged|median time from pull request/i],
  ["technical debt", /technical debt|legacy|refactor|rewrit/i],
  ["code review", /code review|pull request/i],
  ["process design", /design (a|the) process|process for|lightweight process|retrospectives|rotation/i],
];

function deriveSkills(q: BankQuestion, points: string[]): string[] {
  const score = new Map<string, number>();
  for (const [tag, pattern] of LEXICON) {
    let s = pattern.test(q.text) ? 3 : 0;
    for (const p of points) if (pattern.test(p)) s += 1;
    if (s > 0) score.set(tag, s);
  }
  return [...score.entries()]
    .filter(([, s]) => s >= 2)
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t);
}

// Reviewed per question: the tags the lexicon gets wrong or misses, by key.
import { SKILL_OVERRIDES } from "./bank-convert-skills";

const byRole = new Map<string, BankQuestion[]>();
for (const q of QUESTION_BANK) byRole.set(q.role, [...(byRole.get(q.role) ?? []), q]);

const missing: string[] = [];
mkdirSync(OUT, { recursive: true });
for (const [role, questions] of byRole) {
  const roleSlug = slug(role);
  const used = new Set<string>();
  const out = questions.map((q) => {
    let key = `${roleSlug}/${keySlug(q.text)}`;
    for (let n = 2; used.has(key); n++) key = `${roleSlug}/${keySlug(q.text)}-${n}`;
    used.add(key);
    const points = fixPoints(q);
    const derived = deriveSkills(q, points);
    const skills = SKILL_OVERRIDES[key] ?? (process.env.DRAFT ? derived : undefined);
    if (!skills?.length || skills.length > 6) missing.push(key);
    return {
      key,
      category: q.category,
      difficulty: q.difficulty,
      text: q.text,
      points,
      timeLimitSeconds: q.timeLimitSeconds,
      skills,
    };
  });
  writeFileSync(
    path.join(OUT, `${roleSlug}.json`),
    `${JSON.stringify({ role, questions: out }, null, 2)}\n`,
  );
  console.log(`${roleSlug}.json: ${out.length} questions`);
}
if (missing.length > 0) throw new Error(`skills missing for:\n${missing.join("\n")}`);
