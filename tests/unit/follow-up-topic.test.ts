/**
 * The built-in follow-up names what the missed point is about without stating it: its subject,
 * a passive statement as "how …", else its first noun phrase.
 */
import { followUpTopic, offlineFollowUpPrompt } from "@/lib/follow-ups/focus";

describe("followUpTopic", () => {
  it.each([
    ["Repeatable read prevents non-repeatable reads but can allow phantom rows", "repeatable read"],
    [
      "Failed deliveries are retried with exponential backoff, then parked",
      "how failed deliveries are retried",
    ],
    ["It is fixed with eager loading, a JOIN, or a batched query", "how it is fixed"],
    ["Cache invalidation via TTL and explicit delete on update", "cache invalidation"],
    ["The N+1 problem happens when code runs one query per item", "N+1 problem"],
    ["Stronger levels cause more blocking that the application must retry", "stronger levels"],
  ])("%s → %s", (point, topic) => {
    expect(followUpTopic(point)).toBe(topic);
  });

  it("asks a question that names the topic and never contains the point", () => {
    const point = "Events are signed with an HMAC so receivers can verify them";
    const prompt = offlineFollowUpPrompt(
      { kind: "missed_point", point, pointIndex: 2 },
      "System_Design",
    );
    expect(prompt).toMatch(/^What about how events are signed\?/);
    expect(prompt).not.toContain("HMAC");
  });

  it("falls back to a plain question when the point has nothing nominal", () => {
    const prompt = offlineFollowUpPrompt(
      { kind: "missed_point", point: "!!! ???", pointIndex: 0 },
      "Technical",
    );
    expect(prompt).toContain("point 1");
  });
});
