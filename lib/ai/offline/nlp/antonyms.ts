// Word vectors place opposites close together ("fast"/"slow" have cosine 0.80, above most true
// synonyms), yet swapping one for the other is exactly the mistake a grader must catch. These pairs
// are never allowed to match softly. General-purpose pairs, not tied to any question.
const PAIRS = `
fast slow|quick slow|faster slower|first last|left right|high low|higher lower|highest lowest|top bottom
min max|minimum maximum|increase decrease|increases decreases|increased decreased|before after|above below
open close|opened closed|start end|start stop|begin end|beginning end|head tail|front back|front rear|old new
older newer|big small|large small|larger smaller|largest smallest|more less|most least|long short|longer shorter
true false|input output|read write|reads writes|client server|success failure|succeed fail|positive negative
upper lower|inner outer|internal external|static dynamic|synchronous asynchronous|sync async|public private
local global|hot cold|add remove|insert delete|insertion deletion|enable disable|accept reject|allow deny
include exclude|import export|encode decode|encrypt decrypt|horizontal vertical|parent child|parents children
push pop|enqueue dequeue|ascending descending|increment decrement|valid invalid|safe unsafe|mutable immutable
strong weak|stateful stateless|online offline|upload download|inbound outbound|ingress egress|lock unlock
win lose|gain loss|profit loss|cheap expensive|cheaper costlier|easy hard|easier harder|simple complex
light heavy|lighter heavier|early late|earlier later|north south|east west|up down|in out|on off|yes no
always never|all none|many few|same different|similar different|underfitting overfitting|overfit underfit
`;

const OPPOSITE = new Map<string, Set<string>>();
for (const pair of PAIRS.split(/[|\n]/)) {
  const [a, b] = pair.trim().split(/\s+/);
  if (!a || !b) continue;
  if (!OPPOSITE.has(a)) OPPOSITE.set(a, new Set());
  if (!OPPOSITE.has(b)) OPPOSITE.set(b, new Set());
  OPPOSITE.get(a)!.add(b);
  OPPOSITE.get(b)!.add(a);
}

/** True when `a` and `b` (lower-case words or lemmas) are listed opposites. */
export function areOpposites(a: string, b: string): boolean {
  return OPPOSITE.get(a)?.has(b) ?? false;
}
