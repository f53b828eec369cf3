/**
 * Properties of the community moderation state machine and of feature-flag rollout.
 */
import fc from "fast-check";
import { CommunityQuestionStatus } from "@/lib/db/generated/enums";
import { allowedActions, nextStatus, type ModerationAction } from "@/lib/community/moderation";
import { isEnabledFor, rolloutBucket, type FlagState } from "@/lib/flags/rollout";

const STATUSES = Object.values(CommunityQuestionStatus);
const ACTIONS: ModerationAction[] = ["approve", "reject", "flag", "reports"];
const status = fc.constantFrom(...STATUSES);
const action = fc.constantFrom(...ACTIONS);
const RUNS = { numRuns: 200 };

/** Applies the actions a moderator or reporters try; refused ones leave the status unchanged. */
const walk = (start: CommunityQuestionStatus, actions: ModerationAction[]) => {
  const seen = [start];
  let s = start;
  for (const a of actions) {
    s = nextStatus(s, a) ?? s;
    seen.push(s);
  }
  return seen;
};

describe("moderation state machine", () => {
  it("only a moderator's approval makes a question public", () => {
    fc.assert(
      fc.property(status, action, (s, a) => {
        const to = nextStatus(s, a);
        if (to === "approved") expect(a).toBe("approve");
      }),
      RUNS,
    );
  });

  it("rejection is final: no sequence of actions leaves it", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        expect(walk("rejected", actions).every((s) => s === "rejected")).toBe(true);
      }),
      RUNS,
    );
  });

  it("reports only take an approved question down (to flagged), never up", () => {
    fc.assert(
      fc.property(status, (s) => {
        const to = nextStatus(s, "reports");
        expect(to === null || (s === "approved" && to === "flagged")).toBe(true);
      }),
      RUNS,
    );
  });

  it("a pending question never returns to pending, and every state stays in the enum", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const seen = walk("pending_moderation", actions);
        const left = seen.findIndex((s) => s !== "pending_moderation");
        if (left > 0) expect(seen.slice(left)).not.toContain("pending_moderation");
        for (const s of seen) expect(STATUSES).toContain(s);
      }),
      RUNS,
    );
  });

  it("the queue's buttons are exactly the moderator actions the machine allows", () => {
    fc.assert(
      fc.property(status, (s) => {
        const shown = allowedActions(s);
        for (const a of ["approve", "reject", "flag"] as const) {
          expect(shown.includes(a)).toBe(nextStatus(s, a) !== null);
        }
      }),
      RUNS,
    );
  });
});

const flagName = fc.stringMatching(/^[a-z][a-z0-9_]{1,20}$/);
const userId = fc.integer({ min: 1, max: 2_147_483_647 });
const flag = (over: Partial<FlagState> = {}): FlagState => ({
  name: "f",
  enabled: true,
  rolloutPercentage: 0,
  allowedUserIds: [],
  ...over,
});

describe("feature flag rollout", () => {
  it("a user's bucket is stable and in [0, 100)", () => {
    fc.assert(
      fc.property(flagName, userId, (name, id) => {
        const b = rolloutBucket(name, id);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(100);
        expect(rolloutBucket(name, id)).toBe(b);
      }),
      RUNS,
    );
  });

  it("raising the percentage only adds users", () => {
    fc.assert(
      fc.property(
        flagName,
        userId,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (name, id, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          if (isEnabledFor(flag({ name, rolloutPercentage: lo }), id)) {
            expect(isEnabledFor(flag({ name, rolloutPercentage: hi }), id)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("p % of users get a p % rollout (within 4 points over 3000 users)", () => {
    fc.assert(
      fc.property(
        flagName,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (name, percent, firstId) => {
          const n = 3000;
          let on = 0;
          for (let id = firstId; id < firstId + n; id++) {
            if (isEnabledFor(flag({ name, rolloutPercentage: percent }), id)) on++;
          }
          expect(Math.abs((on / n) * 100 - percent)).toBeLessThanOrEqual(4);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the kill switch wins over the allow-list and the rollout; the allow-list over the rollout", () => {
    fc.assert(
      fc.property(flagName, userId, fc.integer({ min: 0, max: 100 }), (name, id, percent) => {
        const listed = { name, rolloutPercentage: percent, allowedUserIds: [id] };
        expect(isEnabledFor(flag({ ...listed, enabled: false }), id)).toBe(false);
        expect(isEnabledFor(flag(listed), id)).toBe(true);
      }),
      RUNS,
    );
  });

  it("rollouts of two flags are independent (users early in one are not early in all)", () => {
    let both = 0;
    const n = 4000;
    for (let id = 1; id <= n; id++) {
      const a = isEnabledFor(flag({ name: "alpha", rolloutPercentage: 50 }), id);
      const b = isEnabledFor(flag({ name: "beta", rolloutPercentage: 50 }), id);
      if (a && b) both++;
    }
    expect(Math.abs(both / n - 0.25)).toBeLessThan(0.04);
  });
});
