/** Secrets never logged: whatever a call site passes, the logger's line carries no credential. */
import fc from "fast-check";
import { resetEnvForTests } from "@/lib/env";
import { logger } from "@/lib/logger";
import { redactText, REDACTED } from "@/lib/log-redaction";

const secretArb = fc.stringMatching(/^[A-Za-z0-9_-]{12,40}$/);

function captured(run: () => void): string {
  const lines: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
  const error = jest.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
  try {
    run();
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return lines.join("\n");
}

const previous = process.env.LOG_LEVEL;
beforeAll(() => {
  process.env.LOG_LEVEL = "debug";
  resetEnvForTests();
});
afterAll(() => {
  if (previous === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previous;
  resetEnvForTests();
});

describe("logger redaction", () => {
  it("hides secret-named fields at any depth, and secret shapes in free text", () => {
    fc.assert(
      fc.property(secretArb, fc.constantFrom("debug", "info", "warn", "error"), (secret, level) => {
        const jwt = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.${secret}`;
        const out = captured(() =>
          logger[level as "info"](`login failed for Bearer ${secret}`, {
            password: secret,
            new_password: secret,
            body: { refresh_token: secret, nested: [{ apiKey: secret }] },
            headers: { authorization: `Bearer ${secret}`, cookie: `session=${secret}` },
            error: new Error(`connect to redis://default:${secret}@cache:6379 failed`),
            url: `/reset?token=${secret}&next=%2F`,
            session: jwt,
          }),
        );
        expect(out).not.toContain(secret);
        expect(out).toContain(REDACTED);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps what is not secret (ids, counts, key ids, messages)", () => {
    const out = captured(() =>
      logger.info("resume key rotation failed", {
        resume_id: 42,
        key_id: "k2",
        refresh_tokens_revoked: 3,
        cache_key: "L4:user:7",
      }),
    );
    const line = JSON.parse(out) as Record<string, unknown>;
    expect(line).toMatchObject({
      msg: "resume key rotation failed",
      resume_id: 42,
      key_id: "k2",
      refresh_tokens_revoked: 3,
      cache_key: "L4:user:7",
    });
  });

  it("replaces configured secret values wherever they appear (AUTH_SECRET, key material)", () => {
    fc.assert(
      fc.property(secretArb, secretArb, (authSecret, keyMaterial) => {
        const before = { a: process.env.AUTH_SECRET, k: process.env.ENCRYPTION_KEYS };
        process.env.AUTH_SECRET = `${authSecret}-auth`;
        process.env.ENCRYPTION_KEYS = `k9:${keyMaterial}-material`;
        try {
          const out = captured(() =>
            logger.error(`config dump ${authSecret}-auth`, {
              detail: `key ${keyMaterial}-material in use`,
            }),
          );
          expect(out).not.toContain(`${authSecret}-auth`);
          expect(out).not.toContain(`${keyMaterial}-material`);
        } finally {
          process.env.AUTH_SECRET = before.a;
          if (before.k === undefined) delete process.env.ENCRYPTION_KEYS;
          else process.env.ENCRYPTION_KEYS = before.k;
        }
      }),
      { numRuns: 100 },
    );
  });

  it("scrubs passwords out of connection URLs and query strings", () => {
    expect(redactText("postgresql://app:hunter2hunter2@db:5432/im")).toBe(
      `postgresql://app:${REDACTED}@db:5432/im`,
    );
    expect(redactText("POST /login password=s3cretValue&email=a@b.c")).toBe(
      `POST /login password=${REDACTED}&email=a@b.c`,
    );
  });
});
