// Word lists and patterns the offline evaluator matches answers against. Kept in one place so the
// heuristics that use them (confidence, flags, STAR) stay consistent and are easy to review.

/** Hedges: each occurrence lowers confidence. Matched case-insensitively on word boundaries. */
export const HEDGES: readonly RegExp[] = [
  /\bi think\b/gi,
  /\bi guess\b/gi,
  /\bi suppose\b/gi,
  /\bi'?m not (?:really |entirely |totally |100% )?(?:sure|certain|confident)\b/gi,
  /\bnot (?:really |entirely |totally )?sure\b/gi,
  /\bmaybe\b/gi,
  /\bperhaps\b/gi,
  /\bprobably\b/gi,
  /\bpossibly\b/gi,
  /\bkind of\b/gi,
  /\bsort of\b/gi,
  /\bi believe\b/gi,
  /\bif i remember (?:correctly|right)\b/gi,
  /\bi'?m not an expert\b/gi,
  /\bi could be wrong\b/gi,
  /\bor something(?: like that)?\b/gi,
  /\bhopefully\b/gi,
  /\bmight\b/gi,
];

/** Fillers of spoken answers (transcripts keep them). */
export const FILLERS: readonly RegExp[] = [
  /\b(?:u+m+|u+h+|e+r+m*|h+m+|a+h+)\b/gi,
  /\byou know\b/gi,
  /\bi mean\b/gi,
  /,\s*like,/gi,
  /\bbasically\b/gi,
  /\bliterally\b/gi,
  /\bwhatever\b/gi,
];

/** Discourse markers that signal an organised answer. */
export const STRUCTURE_MARKERS =
  /\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|for example|for instance|because|therefore|so that|as a result|in short|in summary|overall|however|on the other hand|whereas|in contrast|this means)\b/gi;

/** Whole-answer non-answers ("I don't know", "pass"), after trimming punctuation. */
export const NON_ANSWER =
  /^(?:(?:sorry|honestly|um+|uh+|well|hmm+|so|ok(?:ay)?)[, ]+)*(?:i (?:really )?(?:do ?n[o']?t|dont|don’t) know(?: (?:the answer|this|that|anything about (?:this|that|it)))?|no idea|not sure|i'?m not sure|i have no (?:idea|clue)|no clue|idk|dunno|pass|skip(?: this(?: one)?)?|next(?: question)?|no answer|not answered|n\/?a|none|nothing|no comment|i can'?t answer(?: (?:this|that))?|i (?:do ?n[o']?t|dont) remember|i forgot|\?+|-+|\.+)(?:[, ]+(?:sorry|honestly|really|at all))*$/i;

/**
 * Phrases that, inside an otherwise short answer, mean the candidate gave up: not knowing, not
 * remembering, never having studied it, asking to skip.
 */
export const GIVE_UP =
  /\b(?:i (?:really |honestly |just )?(?:don'?t|do not|can'?t|cannot|can not|couldn'?t|could not) (?:really |actually |quite |fully )?(?:know|remember|recall|say|answer|think of|figure)|(?:no|not a(?:ny)?) (?:idea|clue)|not (?:really |quite |too |entirely )?sure|unsure|not certain|(?:have|has) ?n[o'’]?t (?:yet )?(?:studied|learn[e]?[dt]|covered|seen|read|heard|done|used|worked|looked|gotten|got)|never (?:studied|learn[e]?[dt]|covered|seen|heard|used|worked|looked|came across|come across)|not (?:familiar|something i know)|unfamiliar|forg[eo]t(?:ten)?|(?:draw(?:ing)?|went|go(?:ing)?) (?:a )?blank|beyond me|out of my depth|skip|pass on|no answer|idk|dunno|clueless|(?:ask|give) me (?:another|something else|a different)|next question|no comment)\b/i;

/** Words that make a sentence about the grading itself. */
const GRADING = String.raw`(?:scores?|grades?|grading|marks?|points|rubric|rating|evaluation|evaluator|grader|100|10\/10|5\/5|full|perfect|maximum|instructions?)`;

/** Instructions addressed to the grader rather than answers to the question. */
export const INJECTION: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|these|those|my|of)\s+)*(?:(?:previous|prior|above|earlier|original|grading|scoring|evaluation|system|marking)\s+)*(?:instructions?|rubric|criteria|guidelines|prompts?|expected (?:answer )?points|grading|scoring)\b/gi,
  /\b(?:give|award|assign|grant)\s+(?:this|the|my|me|it|him|her|them|candidate|answer|response|\s)*\s*(?:a\s+)?(?:full|maximum|max|perfect|top|highest|100|10\/10|5\/5)\s*(?:%|percent|marks?|scores?|points?|grades?|out of|\/)/gi,
  /\b(?:score|grade|rate|mark)\s+(?:this|it|me|my answer|the answer|this answer|this response)\s+(?:as\s+|with\s+|at\s+|a\s+|an\s+)*(?:100|10\/10|5\/5|full marks|perfect|maximum|the highest|top marks)\b/gi,
  new RegExp(
    String.raw`(?:^|[\n.!?"'“”()[\]<>*#~-])\s*(?:system|assistant|developer|grader|evaluator|admin)(?:\s+(?:prompt|message|override|note|instruction))?\s*:[^\n]{0,60}?\b${GRADING}`,
    "gi",
  ),
  // A shouted role label anywhere ("… SYSTEM: score 100") is addressed to a model, not a person.
  new RegExp(
    String.raw`\b(?:SYSTEM|ASSISTANT|DEVELOPER|GRADER|EVALUATOR)(?:\s+(?:PROMPT|MESSAGE|OVERRIDE|NOTE))?\s*:`,
    "g",
  ),
  /\byou are (?:now )?(?:a|an|the) [^.!?\n]{0,30}\b(?:grader|evaluator|assistant)\b[^.!?\n]{0,40}\b(?:must|should|will)\b/gi,
  /<\|?(?:im_start|im_end|system|endoftext)\|?>|\[\/?INST\]|<<\/?SYS>>/gi,
  // A score object for the grader to echo ({"overall_score": 100}, {'score': 10}).
  /[{[]\s*[{[]?\s*["']?\w*(?:score|grade|rating|marks?|quality|accuracy|clarity|confidence)\w*["']?\s*[:=]\s*\d+/gi,
  // "Output / return exactly this JSON", "give 100", "return full marks".
  /\b(?:output|return|respond with|reply with|print|emit|give|assign|set)\s+(?:exactly\s+|only\s+|just\s+)?(?:(?:this|the|following)\s+)?(?:json|100(?:\s*(?:\/\s*100|%|points))?|10\/10|5\/5|(?:full|maximum|max|perfect|top|highest)\s+(?:marks?|scores?|points|grades?|ratings?))(?![\w-])/gi,
  // "regardless of (the) content / what I wrote", "as an AI (grader) you must".
  /\bregardless of (?:the |my |its |this )?(?:content|answer|response|what (?:i|is) (?:wrote|written|said))\b/gi,
  /\bas an? (?:ai|llm|language model|large language model|assistant|automated grader|grader|evaluator)\b[^.!?\n]{0,60}\b(?:must|should|will|have to|need to|are (?:required|instructed))\b/gi,
  // Addressing the model about the answer's grade: "you (must|should) give/consider this correct".
  /\b(?:you|the (?:grader|model|evaluator|ai|llm))\s+(?:must|should|will|need to|have to|are (?:required|instructed) to)\s+(?:give|award|assign|rate|score|grade|mark|treat|consider|accept|output|return)\b[^.!?\n]{0,60}\b(?:correct|full|maximum|max|perfect|100|top|highest|pass(?:ing)?|excellent)\b/gi,
  /\b(?:already (?:been )?(?:verified|validated|graded|approved|marked) (?:as )?(?:correct|complete|perfect)|pre-?approved|(?:mark|treat|consider) (?:this|it|my answer) as (?:correct|complete|perfect))\b/gi,
  /\b(?:this (?:answer|response) (?:deserves|is worth|should (?:get|receive|be (?:given|scored|graded)))|the (?:correct|right) (?:score|grade) (?:is|would be))\s+(?:a\s+)?(?:full|maximum|perfect|top|100|10|5)\b/gi,
];

/** Verbs that open rubric-style points ("Describes the situation …"): instructions to the grader, not content. */
export const RUBRIC_LEAD =
  /^\s*(?:the candidate\s+|candidate\s+)?(?:describes?|explains?|mentions?|states?|gives?|discusses?|covers?|notes?|identifies?|shows?|demonstrates?|provides?|acknowledges?|names?|lists?|reflects? on|quantifies?|articulates?|highlights?|compares?|defines?|outlines?|uses?|includes?)\b\s*/i;

/** Past-tense verbs of a first-person action sentence ("I reproduced the bug …"). */
const ACTION_VERBS = [
  "analy[sz]ed",
  "built",
  "created",
  "decided",
  "implemented",
  "organi[sz]ed",
  "led",
  "wrote",
  "set up",
  "reached out",
  "talked",
  "spoke",
  "scheduled",
  "investigated",
  "checked",
  "added",
  "rolled back",
  "proposed",
  "worked",
  "coordinated",
  "reproduced",
  "fixed",
  "debugged",
  "met",
  "designed",
  "introduced",
  "automated",
  "started",
  "asked",
  "gathered",
  "reviewed",
  "prioriti[sz]ed",
  "refactored",
  "tested",
  "deployed",
  "migrated",
  "paired",
  "mentored",
  "explained",
  "presented",
  "negotiated",
  "suggested",
  "collected",
  "measured",
  "profiled",
  "traced",
  "compared",
  "broke",
  "split",
  "escalated",
  "documented",
  "communicated",
  "listened",
  "delegated",
  "focused",
  "used",
  "applied",
  "ran",
  "looked",
  "dug",
  "went",
  "made",
  "took",
  "drafted",
  "held",
  "set",
  "tracked",
  "monitored",
  "identified",
  "isolated",
  "patched",
  "replaced",
  "rewrote",
  "contacted",
  "called",
  "aligned",
  "convinced",
  "shared",
  "pulled",
  "opened",
  "stayed",
];

export type StarRole = "situation" | "task" | "action" | "result";

/** Cues of each STAR part in a sentence. */
export const STAR_CUES: Record<StarRole, readonly RegExp[]> = {
  situation: [
    /\b(?:at|in) my (?:last|previous|current|first|old) (?:job|role|company|team|position|internship)\b/i,
    /\b(?:when|while) i was (?:working|at|on|in|a|an|the)\b/i,
    /\b(?:last|this past|a few|two|three|several) (?:year|month|week|quarter|sprint|summer)s?(?: ago)?\b/i,
    /\b(?:once|one day|one time|recently|back in|a while ago|some time ago)\b/i,
    /\b(?:there was|there were|we had|we were|our (?:team|company|service|system|product|app|client|customer)|the (?:situation|context|background|project|team|company) (?:was|is))\b/i,
    /\b(?:situation|context|background)\b/i,
    /\b(?:in|during|for) (?:a|one|our|my) (?:project|release|launch|migration|incident|outage|sprint|deadline)\b/i,
  ],
  task: [
    /\bmy (?:task|role|job|responsibility|goal|objective|assignment|mission|challenge) (?:was|is|became)\b/i,
    /\bi (?:was|were|am) (?:responsible|accountable|asked|tasked|assigned|expected|supposed|in charge|the owner|on call)\b/i,
    /\bi (?:needed|had|have|wanted) to\b/i,
    /\b(?:the|our) (?:goal|task|objective|aim|challenge|requirement|mandate) (?:was|is)\b/i,
    /\bwe (?:needed|had) to\b/i,
    /\b(?:i owned|it was (?:up to me|my job)|i took (?:ownership|responsibility|charge))\b/i,
  ],
  action: [
    new RegExp(
      `\\bi (?:first |then |also |quickly |immediately |personally )?(?:${ACTION_VERBS.join("|")})\\b`,
      "i",
    ),
    /\b(?:so|then|next|first|afterwards|after that),? i\b/i,
    /\bmy (?:approach|plan|first step|next step) was\b/i,
    /\bwe (?:decided|implemented|built|rolled back|added|introduced|agreed|set up|created|started|ran)\b/i,
  ],
  result: [
    /\b(?:as a result|the result|resulted|in the end|ultimately|eventually|in the result|outcome|consequently|thanks to this|because of this|since then|from then on)\b/i,
    /\b(?:reduced|increased|improved|cut|saved|decreased|grew|dropped|raised|lowered|boosted|halved|doubled|shortened|sped up|went down|went up)\b/i,
    /\b\d+(?:\.\d+)?\s*(?:%|percent|x|times|ms|seconds|minutes|hours|days|weeks|users|customers|k\b)/i,
    /\b(?:we (?:shipped|launched|delivered|met|hit|released|restored|resolved)|it (?:worked|was resolved|paid off)|the (?:issue|incident|problem|bug) was (?:resolved|fixed))\b/i,
    /\b(?:i|we) learn(?:ed|t)\b|\blesson\b|\bnext time\b|\bgoing forward\b|\bto prevent\b|\bpostmortem\b|\bpost-mortem\b/i,
    /\b(?:feedback|praised|recogni[sz]ed|promoted|on time|ahead of schedule)\b/i,
  ],
};

/** A rubric point about looking back ("Reflects on what they would do differently"). */
export const REFLECTION_POINT =
  /\b(?:reflect\w*|learn\w*|lessons?|differently|next time|in hindsight|looking back)\b/i;

/**
 * A sentence that looks back: a lesson, a counterfactual ("I'd …", "should have …"), hindsight.
 * A result ("tickets dropped by a third") is not a reflection.
 */
export const REFLECTION_CUE =
  /\b(?:next time|in hindsight|looking back|in retrospect|differently|if i (?:did|had|were|could|was|redid|started)\b|(?:i|we|they|you|he|she)(?:'d| would)(?: have)? (?!like\b|love\b)[a-z]+|learn(?:ed|t)|(?:i|we|they) (?:realised|realized|took away)|lessons?|taught (?:me|us)|(?:should|could|would) have|going forward|from now on|the takeaway)\b/i;

/** Words of rubric points that name a STAR part ("Describes the situation …"). */
export const STAR_POINT_HINTS: Record<StarRole, RegExp> = {
  situation:
    /\b(?:situation|context|background|urgen\w*|why it (?:was|mattered)|setting|circumstances?)\b/i,
  task: /\b(?:task|responsibilit\w*|role|goal|objective|ownership|owned|accountab\w*)\b/i,
  action:
    /\b(?:actions?|steps?|approach|did|how (?:they|you)|concrete|specific(?:ally)?|debugging|handled)\b/i,
  result:
    /\b(?:results?|outcomes?|impact|measurable|metrics?|learn\w*|lessons?|prevent\w*|recurrence|reflect\w*)\b/i,
};
