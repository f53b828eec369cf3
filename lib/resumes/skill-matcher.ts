import { fold, isWordChar } from "./text-fold";
import { getTaxonomy, type Taxonomy, type Term } from "./taxonomy";

/** A line to search, with what the caller knows about it. */
export interface SkillLine {
  /** 1-based line number in the source text. */
  number: number;
  text: string;
  /** The line belongs to a skills / technologies list (a section or a labelled line). */
  skillList?: boolean;
  /** Spans that name no skill (an employer: "SAP SE"); names wholly inside them are skipped. */
  ignore?: ReadonlyArray<readonly [start: number, end: number]>;
}

/** One place a skill is named. */
export interface SkillMention {
  skillId: string;
  /** The words as written. */
  written: string;
  /** Where they stand in the line (UTF-16 index). */
  index: number;
  lineNumber: number;
  line: string;
  confidence: number;
  /** "basic knowledge of", "familiar with", "learning": counts for less. */
  hedged: boolean;
}

/** A skill found in a text, with its best evidence. */
export interface SkillMatch {
  id: string;
  name: string;
  category: string;
  /** 0–1: how sure the match is (term kind, context, list vs prose, repetition). */
  confidence: number;
  /** The line the best mention came from, as written. */
  line: string;
  lineNumber: number;
  /** Distinct lines that name the skill. */
  mentions: number;
}

/** Matches below this confidence are not reported. */
export const MIN_SKILL_CONFIDENCE = 0.5;

// Web and mail addresses name tools in passing ("github.com/julia/go-tools"): blank them out,
// keeping every index in place.
const ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\b[\p{L}\p{N}-]+\.(?:com|dev|org|me|de|fr|es|nl|co|uk|app)(?:\/\S*)?/giu;
const maskAddresses = (text: string): string => text.replace(ADDRESS, (m) => " ".repeat(m.length));

const LIST_LABEL =
  /^\s*[\p{L} &/+-]{0,30}?\b(?:skills?|technolog(?:y|ies)|tech(?:nical)? stack|stack|tools?|languages?|frameworks?|librar(?:y|ies)|platforms?|databases?|cloud|devops|programming|software|competenc(?:e|ies)|expertise|kenntnisse|f[aä]higkeiten|kompetenzen|comp[ée]tences|habilidades|herramientas|outils|werkzeuge|sprachen|langages|lenguajes|environment|umgebung|technologies|tecnolog[ií]as)\s*:/iu;

// What may stand just before / after a list item: separators, bullets, conjunctions.
const LEFT_EDGE =
  /(?:^|[,;|/•·●▪◦▸►✓✔*(\[:]|\s[-–—+&]|\s(?:and|or|und|oder|et|ou|y|e|o|as well as)|\t|\s{2,})\s*$/iu;
const RIGHT_EDGE =
  /^\s*(?:$|[,;|/•·●)\]:.]|[-–—+&]\s|(?:and|or|und|oder|et|ou|y|e|o|as well as)\s|(?:skills?|abilities)\b|\(|\t|\s{2,})/iu;
// What may follow a listed skill before the next separator: a version or a level.
const VERSION =
  /^\s*(?:v?\d{1,2}(?:\.\d+)*\+?|advanced|avancée?|avanzado|fortgeschritten|expert|experte|experto|intermediate|intermédiaire|intermedio|basic|básico|basique|native|proficient|sehr gut|gut|bon|bueno)(?=\s|$|[,;|)/])/iu;
const PREPOSITION =
  /(?:^|\s)(?:in|with|using|on|via|into|of|mit|en|avec|con|sur|programming in|written in|developed in|built in|knowledge of|proficient in)\s+$/iu;
// "Wrote the ingestion service in Go": a coding verb makes the name after "in" a language.
const CODING_VERB =
  /\b(?:wrote|written|writing|built|building|implemented|developed|coded|programmed|programming|rewrote|rewritten|geschrieben|entwickelt|implementiert|programmiert|developpe|ecrit|desarrollado|escrito|programado)\b[^.;:]{0,50}\s(?:in|with|en|mit|avec|con)\s+$/iu;
const ADJECTIVES =
  /(?:^|\s)(?:strong|excellent|good|great|proven|effective|solid|outstanding|exceptional|advanced|very good|sehr gute|gute|bonne|excelente|buena)\s+$/iu;
const HEDGE =
  /(?:(?:basic|some|limited|beginner|elementary|academic)\s+(?:knowledge|experience|understanding|exposure|familiarity)(?:\s+(?:of|with|in))?|familiar(?:ity)?\s+with|exposure\s+to|(?:currently\s+)?learning|grundkenntnisse(?:\s+in)?|notions?\s+(?:de|en)|conocimientos\s+b[aá]sicos(?:\s+de)?)\s+(?:[^.;:]{0,40})$/iu;
const NEGATION =
  /(?:^|\s)(?:no|not|without|never|ohne|keine|sans|aucune|sin|ningún)\s+[^.;,:]{0,30}$/iu;

interface IndexedTerm extends Term {
  folded: string;
}

interface Candidate {
  term: IndexedTerm;
  index: number;
  length: number;
}

/** All term occurrences in a line, longest first at each position, never overlapping. */
function scanLine(text: string, index: ReadonlyMap<string, readonly IndexedTerm[]>): Candidate[] {
  const folded = fold(text);
  const found: Candidate[] = [];
  let i = 0;
  while (i < folded.length) {
    const first = folded[i]!;
    const previous = folded[i - 1];
    // A term never starts inside a word, nor after "x." ("Vue.js" holds no "JS").
    const startsWord =
      !isWordChar(previous) &&
      !(previous === "." && isWordChar(folded[i - 2]) && isWordChar(first));
    const candidates = startsWord ? index.get(first) : undefined;
    let matched: Candidate | null = null;
    for (const term of candidates ?? []) {
      const t = term.folded;
      if (!folded.startsWith(t, i)) continue;
      if (term.mode !== "plain" && term.mode !== "contextualAnyCase") {
        if (text.slice(i, i + t.length) !== term.text) continue;
      }
      let end = i + t.length;
      // "Java8", "Angular2", "Python3": a version glued to the name.
      const digits = /^\d{1,2}(?![\p{L}\p{N}])/u.exec(folded.slice(end));
      if (digits && /\p{L}$/u.test(t) && t.length >= 3 && term.mode !== "contextual") {
        end += digits[0].length;
      }
      const next = folded[end];
      if (isWordChar(next) && isWordChar(folded[end - 1])) continue;
      if (next === "+" || next === "#") continue;
      if (next === "." && isWordChar(folded[end + 1]) && isWordChar(folded[end - 1])) continue;
      matched = { term, index: i, length: end - i };
      break;
    }
    if (matched) {
      found.push(matched);
      i = matched.index + matched.length;
    } else {
      i++;
    }
  }
  return found;
}

interface LineFacts {
  text: string;
  neighbours: readonly Candidate[];
  skillList: boolean;
  plainCount: number;
  isolated: (c: Candidate) => boolean;
}

function isolatedIn(text: string, c: Candidate, stripAdjectives: boolean): boolean {
  let left = text.slice(0, c.index);
  if (stripAdjectives) left = left.replace(ADJECTIVES, " ");
  let right = text.slice(c.index + c.length);
  right = right.replace(VERSION, "");
  return LEFT_EDGE.test(left) && RIGHT_EDGE.test(right);
}

const COORDINATION =
  /^\s*(?:,|\/|&|and|und|et|y|e|or|oder|ou|o|to|auf|zu|nach|a|à|vers|hacia|→|->)\s*$/iu;

/**
 * "Xcode and Espresso", "Sass y Vite.js", "from Java to Go": an ambiguous name joined to a
 * plainly named skill.
 */
function coordinated(c: Candidate, facts: LineFacts): boolean {
  return facts.neighbours.some((n) => {
    if (n === c || (n.term.mode !== "plain" && n.term.mode !== "exact")) return false;
    const between =
      n.index < c.index
        ? facts.text.slice(n.index + n.length, c.index)
        : facts.text.slice(c.index + c.length, n.index);
    return COORDINATION.test(between);
  });
}

function confidenceOf(c: Candidate, facts: LineFacts, contextualIsolated: number): number | null {
  const { term } = c;
  const list = facts.skillList;
  if (term.mode === "plain" || term.mode === "exact") {
    const short = /^\p{L}{1,2}$/u.test(facts.text.slice(c.index, c.index + c.length));
    return (short ? 0.72 : 0.82) + (list ? 0.1 : 0);
  }
  const dense = list || facts.plainCount > 0 || contextualIsolated >= 2;
  if (term.mode === "contextualAnyCase") {
    if (!isolatedIn(facts.text, c, true)) return null;
    if (list) return 0.8;
    return facts.plainCount > 0 || contextualIsolated >= 2 ? 0.68 : null;
  }
  if (facts.isolated(c) && dense) return list ? 0.85 : 0.75;
  const left = facts.text.slice(0, c.index);
  const right = facts.text.slice(c.index + c.length).replace(VERSION, "");
  // "Experience with Rust is a plus" in a requirements list: the list is the context.
  const joined = /^-\p{L}/u.test(right);
  if (PREPOSITION.test(left) && !joined && (RIGHT_EDGE.test(right) || facts.skillList)) {
    if (facts.plainCount > 0 || facts.skillList) return 0.7;
  }
  if (CODING_VERB.test(fold(left)) && RIGHT_EDGE.test(right) && term.mode === "contextual")
    return 0.65;
  return coordinated(c, facts) ? 0.7 : null;
}

const termIndexCache = new WeakMap<Taxonomy, Map<string, IndexedTerm[]>>();

/** Terms by their first folded character, longest first. */
function termIndex(taxonomy: Taxonomy): Map<string, IndexedTerm[]> {
  let index = termIndexCache.get(taxonomy);
  if (!index) {
    index = new Map();
    for (const term of taxonomy.terms) {
      const folded = fold(term.text);
      const list = index.get(folded[0]!) ?? [];
      list.push({ ...term, folded });
      index.set(folded[0]!, list);
    }
    termIndexCache.set(taxonomy, index);
  }
  return index;
}

function evaluate(
  line: SkillLine,
  text: string,
  candidates: readonly Candidate[],
  targets: readonly Candidate[],
): SkillMention[] {
  const labelled = LIST_LABEL.exec(text);
  const facts: LineFacts = {
    text,
    neighbours: candidates,
    skillList: Boolean(line.skillList),
    plainCount: candidates.filter((c) => c.term.mode === "plain" || c.term.mode === "exact").length,
    isolated: (c) => isolatedIn(text, c, false),
  };
  const contextualIsolated = candidates.filter(
    (c) => c.term.mode.startsWith("contextual") && isolatedIn(text, c, true),
  ).length;
  const mentions: SkillMention[] = [];
  for (const c of targets) {
    const left = text.slice(0, c.index);
    const clause = left.slice(Math.max(left.search(/[^.;:]*$/u), 0));
    if (NEGATION.test(clause)) continue;
    const inList = facts.skillList || (labelled !== null && c.index >= labelled[0].length);
    let confidence = confidenceOf(c, { ...facts, skillList: inList }, contextualIsolated);
    if (confidence === null) continue;
    const hedged = HEDGE.test(clause);
    if (hedged) confidence -= 0.25;
    mentions.push({
      skillId: c.term.skillId,
      written: text.slice(c.index, c.index + c.length),
      index: c.index,
      lineNumber: line.number,
      line: line.text.trim(),
      confidence: Math.round(confidence * 100) / 100,
      hedged,
    });
  }
  return mentions;
}

const overlaps = (c: Candidate, start: number, end: number) =>
  c.index < end && c.index + c.length > start;

/** Every mention of a taxonomy skill in the lines, with a confidence for each. */
export function findSkillMentions(
  lines: readonly SkillLine[],
  taxonomy: Taxonomy = getTaxonomy(),
): SkillMention[] {
  const index = termIndex(taxonomy);
  const texts = lines.map((l) => maskAddresses(l.text));
  const perLine = texts.map((text, i) =>
    scanLine(text, index).filter(
      (c) => !lines[i]!.ignore?.some(([a, b]) => c.index >= a && c.index + c.length <= b),
    ),
  );
  const mentions: SkillMention[] = [];
  // A name wrapped onto the next line in a narrow column ("Attention to" / "detail"): read the
  // two lines joined and keep the names that run across the break.
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [texts[i]!.trimEnd(), texts[i + 1]!];
    const lead = b.length - b.trimStart().length;
    if (a === "" || b.trim() === "" || /[.;:!?,|]$/u.test(a)) continue;
    if (lines[i + 1]!.number !== lines[i]!.number + 1) continue;
    const joined = `${a} ${b.trimStart()}`;
    const all = scanLine(joined, index);
    const across = all.filter((c) => c.index < a.length && c.index + c.length > a.length + 1);
    if (across.length === 0) continue;
    mentions.push(...evaluate(lines[i]!, joined, all, across));
    for (const c of across) {
      const endInB = c.index + c.length - a.length - 1 + lead;
      perLine[i] = perLine[i]!.filter((x) => !overlaps(x, c.index, a.length));
      perLine[i + 1] = perLine[i + 1]!.filter((x) => !overlaps(x, 0, endInB));
    }
  }
  lines.forEach((line, i) => {
    const candidates = perLine[i]!;
    if (candidates.length > 0) mentions.push(...evaluate(line, texts[i]!, candidates, candidates));
  });
  return mentions;
}

/**
 * One entry per skill: its best mention's confidence, raised a little for every further line
 * that names it, and that mention's line as the evidence.
 */
export function summariseSkills(
  mentions: readonly SkillMention[],
  taxonomy: Taxonomy = getTaxonomy(),
  minConfidence = MIN_SKILL_CONFIDENCE,
): SkillMatch[] {
  const bySkill = new Map<string, SkillMention[]>();
  for (const mention of mentions) {
    const list = bySkill.get(mention.skillId) ?? [];
    list.push(mention);
    bySkill.set(mention.skillId, list);
  }
  const matches: SkillMatch[] = [];
  for (const [id, list] of bySkill) {
    const skill = taxonomy.byId.get(id)!;
    const best = list.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const lines = new Set(list.map((m) => m.lineNumber)).size;
    const confidence = Math.min(0.99, best.confidence + Math.min(0.08, 0.04 * (lines - 1)));
    if (confidence < minConfidence) continue;
    matches.push({
      id,
      name: skill.name,
      category: skill.category,
      confidence: Math.round(confidence * 100) / 100,
      line: best.line.slice(0, 300),
      lineNumber: best.lineNumber,
      mentions: lines,
    });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
}

/** Skills named in the lines (confidence ≥ MIN_SKILL_CONFIDENCE), most certain first. */
export function matchSkills(
  lines: readonly SkillLine[],
  taxonomy: Taxonomy = getTaxonomy(),
): SkillMatch[] {
  return summariseSkills(findSkillMentions(lines, taxonomy), taxonomy);
}

/** Plain text as numbered lines (for job descriptions and tests). */
export function toSkillLines(text: string): SkillLine[] {
  return text.split(/\r?\n/).map((line, i) => ({ number: i + 1, text: line }));
}
