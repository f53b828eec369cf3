import { analyse, isContent } from "@/lib/ai/offline/nlp/analyse";
import { areOpposites } from "@/lib/ai/offline/nlp/antonyms";
import { wordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { spellingScore } from "@/lib/ai/offline/nlp/letter-bigrams";
import { isStopword } from "@/lib/ai/offline/nlp/stopwords";
import { weightOfRank } from "@/lib/ai/offline/nlp/word-weight";

describe("analyse", () => {
  test.each([
    "  I think, um, a process isn't a thread.\r\nThreads share memory & resources;  we used Redis (LRU) at 99.9% — e.g. O(n log n)?",
    "Naïve café — “smart quotes” and emoji 🚀 are kept.\tTabs too…",
    "",
    "   ",
    "do...while loops and first-in-first-out queues; C++ and C# too",
  ])("every token's offsets index the original text: %j", (text) => {
    const a = analyse(text);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of a.sentences) {
      expect(s.start).toBe(a.tokens[s.first]!.start);
      expect(s.end).toBe(a.tokens[s.last - 1]!.end);
    }
  });

  test("splits sentences at full stops and at line breaks", () => {
    const text = "First point. Second point\n- a bullet without a stop\n- another bullet";
    const a = analyse(text);
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "First point.",
      "Second point",
      "- a bullet without a stop",
      "- another bullet",
    ]);
  });

  test("gives lemmas and stems, so inflections meet", () => {
    const a = analyse("The queues were running and deleted indices");
    const byText = new Map(a.tokens.map((t) => [t.text, t]));
    expect(byText.get("queues")!.lemma).toBe("queue");
    expect(byText.get("running")!.lemma).toBe("run");
    expect(byText.get("deleted")!.stem).toBe(analyse("delete").tokens[0]!.stem);
  });

  test("scopes negation to the words right after the negator, up to a clause boundary", () => {
    const a = analyse("Threads do not share memory, but processes keep their own.");
    const negated = a.tokens.filter((t) => t.negated).map((t) => t.lower);
    expect(negated).toEqual(["share", "memory"]);
  });

  test("keeps meaning-bearing small words as content, drops function words", () => {
    expect(isStopword("the")).toBe(true);
    expect(isStopword("which")).toBe(true);
    for (const w of ["first", "last", "not", "before", "top", "all", "once"])
      expect(isStopword(w)).toBe(false);
    const content = analyse("The last item added is the first one removed.").tokens.filter(
      isContent,
    );
    expect(content.map((t) => t.lower)).toEqual([
      "last",
      "item",
      "added",
      "first",
      "one",
      "removed",
    ]);
  });
});

describe("word vectors", () => {
  const v = wordVectors();

  test("are built and load (run `node scripts/build-embeddings.mjs` if this fails)", () => {
    expect(v).not.toBeNull();
    expect(v!.dims).toBe(100);
    expect(v!.size).toBeGreaterThan(100_000);
  });

  test("place synonyms closer than unrelated words", () => {
    const cos = (a: string, b: string) => v!.cosine(v!.id(a), v!.id(b));
    expect(cos("cheap", "inexpensive")).toBeGreaterThan(0.7);
    expect(cos("quick", "fast")).toBeGreaterThan(cos("quick", "banana") + 0.3);
    expect(cos("delete", "remove")).toBeGreaterThan(cos("delete", "giraffe"));
    expect(cos("thread", "thread")).toBe(1);
    expect(v!.cosine(-1, v!.id("thread"))).toBe(0);
  });

  test("are ordered by corpus frequency, which drives word weights", () => {
    const rank = (w: string) => v!.rank(v!.id(w));
    expect(rank("the")).toBeLessThan(rank("process"));
    expect(rank("process")).toBeLessThan(rank("polymorphism"));
    expect(weightOfRank(rank("the"))).toBeLessThan(weightOfRank(rank("polymorphism")));
    expect(weightOfRank(null)).toBeGreaterThan(weightOfRank(rank("process")));
    expect(weightOfRank(0)).toBeGreaterThan(0);
    expect(weightOfRank(10_000_000)).toBeLessThanOrEqual(1);
  });

  test("teach the spelling model what English words look like", () => {
    for (const w of ["thread", "enqueue", "memoization", "kubernetes"])
      expect(spellingScore(w, v!)).toBeGreaterThan(-3.7);
    for (const w of ["qwpeoiru", "asdkjh", "zxcmvn", "fjdksla"])
      expect(spellingScore(w, v!)).toBeLessThan(-3.7);
  });
});

describe("antonyms", () => {
  test("are symmetric and limited to listed pairs", () => {
    expect(areOpposites("fast", "slow")).toBe(true);
    expect(areOpposites("slow", "fast")).toBe(true);
    expect(areOpposites("first", "last")).toBe(true);
    expect(areOpposites("fast", "quick")).toBe(false);
  });
});
