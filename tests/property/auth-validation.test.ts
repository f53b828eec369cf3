/**
 * Spec properties 1 (email validation) and 2 (password strength), each with ≥ 100 runs.
 */
import fc from "fast-check";
import { isValidEmail } from "@/lib/validations/email";
import { passwordSchema, registerSchema } from "@/lib/validations/auth";

const RUNS = { numRuns: 300 };
const ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";

describe("Property 1: email validation consistency", () => {
  it("accepts every RFC 5322 address fast-check generates", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(isValidEmail(email)).toBe(true);
      }),
      RUNS,
    );
  });

  it("accepts dot-atom local parts built from any atext characters", () => {
    const atom = fc.string({ unit: fc.constantFrom(...ATEXT), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.domain(), (atoms, domain) => {
        const email = `${atoms.join(".")}@${domain}`;
        fc.pre(email.length <= 254 && atoms.join(".").length <= 64);
        expect(isValidEmail(email)).toBe(true);
      }),
      RUNS,
    );
  });

  it("rejects addresses with a broken structure", () => {
    const broken = fc.oneof(
      fc.emailAddress().map((e) => e.replace("@", "")), // no @
      fc.emailAddress().map((e) => `.${e}`), // leading dot
      fc.emailAddress().map((e) => e.replace("@", ".@")), // trailing dot in local part
      fc.emailAddress().map((e) => e.replace("@", "@@")), // empty atom between @s
      fc.emailAddress().map((e) => `${e.split("@")[0]}..x@${e.split("@")[1]}`), // consecutive dots
      fc.emailAddress().map((e) => e.replace("@", " @")), // unquoted space
      fc.emailAddress().map((e) => `${e.split("@")[0]}@`), // empty domain
      fc.emailAddress().map((e) => `@${e.split("@")[1]}`), // empty local part
      fc.emailAddress().map((e) => `${"a".repeat(65)}@${e.split("@")[1]}`), // local part > 64
      fc.emailAddress().map((e) => `${e.split("@")[0]}@exa(mple).com`), // comment chars in domain
    );
    fc.assert(
      fc.property(broken, (email) => {
        expect(isValidEmail(email)).toBe(false);
      }),
      RUNS,
    );
  });

  it("accepts quoted local parts and domain literals, rejects unbalanced quotes", () => {
    expect(isValidEmail('"john doe"@example.com')).toBe(true);
    expect(isValidEmail('"a\\"b"@example.com')).toBe(true);
    expect(isValidEmail("user@[192.168.0.1]")).toBe(true);
    expect(isValidEmail('"unbalanced@example.com')).toBe(false);
    expect(isValidEmail("user@[bad]domain")).toBe(false);
  });

  it("gives a clear error through the registration schema", () => {
    const result = registerSchema.safeParse({ email: "nope", password: "Aa1!aaaa", name: "N" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("Invalid email format");
  });
});

// An independent statement of the rule, to compare the schema against.
const oracle = (p: string) =>
  [...p].length >= 8 &&
  /\p{Lu}/u.test(p) &&
  /\p{Ll}/u.test(p) &&
  /\p{Nd}/u.test(p) &&
  /[^\p{L}\p{N}\s]/u.test(p);

describe("Property 2: password strength validation", () => {
  const pieces = fc.constantFrom(
    "A",
    "Z",
    "a",
    "z",
    "0",
    "9",
    "!",
    "#",
    " ",
    "é",
    "É",
    "_",
    "٣",
    "x",
    "Q",
  );
  const passwords = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(pieces, { maxLength: 20 }).map((a) => a.join("")),
  );

  it("accepts exactly the passwords with ≥ 8 chars, upper, lower, digit and special", () => {
    fc.assert(
      fc.property(passwords, (password) => {
        fc.pre(password.length <= 256);
        expect(passwordSchema.safeParse(password).success).toBe(oracle(password));
      }),
      { numRuns: 1000 },
    );
  });

  it("names each missing requirement", () => {
    const result = passwordSchema.safeParse("abc");
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        "Password must be at least 8 characters",
        "Password must contain an uppercase letter",
        "Password must contain a number",
        "Password must contain a special character",
      ]),
    );
  });
});
