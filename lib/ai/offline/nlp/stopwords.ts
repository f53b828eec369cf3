// Function words only. Words such as "first", "last", "before", "top", "all", "once" or "not" are
// deliberately NOT here: in technical answers they carry the meaning ("last in, first out").
const STOPWORDS = new Set(
  (
    "a an the this that these those it its it's they them their theirs themselves i me my mine " +
    "myself we us our ours  ourselves you your yours yourself he him his she her hers " +
    "is are was were be been being am 's 're 'm 've 'd 'll have has had having do does did doing done " +
    "will would shall should can could may might must ca wo " +
    "of at by for with about into through during to from in on onto upon as than so such " +
    "and or but nor if then else because while whereas although though since until unless whether " +
    "what which who whom whose when where why how there here " +
    "also just very really quite rather too much many some any own same such etc e.g. i.e. eg ie " +
    "like get gets got getting make makes made let lets"
  ).split(/\s+/),
);

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}
