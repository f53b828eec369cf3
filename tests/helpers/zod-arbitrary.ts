import fc from "fast-check";
import type { z } from "zod";

// fast-check values shaped by a zod (v4) schema: mostly valid, so requests reach the services
// behind validation, with hostile strings (NUL bytes, lone surrogates, huge numbers) inside.

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

// Text with the characters that break naive storage: NUL, control characters, surrogates, emoji.
const hostileChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("\u0000", "\u0007", "\ud800", "\u202e", "😀", "'", "\\"),
  },
);

function stringArb(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  let min = 0;
  let max = 200;
  let format = def.format;
  let pattern = def.pattern;
  for (const c of checks) {
    if (c.check === "min_length") min = Math.max(min, c.minimum ?? 0);
    if (c.check === "max_length") max = Math.min(max, c.maximum ?? max);
    if (c.check === "length_equals") min = max = c.length ?? min;
    if (c.check === "string_format") {
      format = c.format ?? format;
      pattern = c.pattern ?? pattern;
    }
  }
  if (max < min) max = min + 20;
  switch (format) {
    case "email":
      return fc.emailAddress();
    case "url":
      return fc.webUrl();
    case "uuid":
    case "guid":
      return fc.uuid();
    case "datetime":
      return fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "date":
      return fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    default:
      break;
  }
  if (pattern) return fc.stringMatching(pattern);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: min, maxLength: max }) },
    { weight: 2, arbitrary: fc.string({ unit: hostileChar, minLength: min, maxLength: max }) },
  );
}

function numberArb(def: Def): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let integer = false;
  for (const c of checksOf(def)) {
    if (c.check === "greater_than") min = Number(c.value) + (c.inclusive ? 0 : 1);
    if (c.check === "less_than") max = Number(c.value) - (c.inclusive ? 0 : 1);
    if (c.check === "number_format" && /int/.test(c.format ?? "")) integer = true;
  }
  const lo = Math.max(min, -1e9);
  const hi = Math.min(max, 1e9);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    { weight: 5, arbitrary: inRange },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 53, 1e308) },
  );
}

/** An arbitrary of (mostly) valid inputs of `schema`. */
export function arbitraryOf(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(null);
  const next = (s: z.ZodType) => arbitraryOf(s, depth + 1);
  switch (def.type) {
    case "string":
      return stringArb(def);
    case "number":
      return numberArb(def);
    case "int":
      return fc.integer();
    case "bigint":
      return fc.bigInt().map(String);
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "literal":
      return fc.constantFrom(...def.values!);
    case "optional":
      return fc.option(next(def.innerType!), { nil: undefined });
    case "nullable":
      return fc.option(next(def.innerType!), { nil: null });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.option(next(def.innerType!), { nil: undefined });
    case "pipe":
      return next(def.in!);
    case "lazy":
      return next(def.getter!());
    case "array": {
      let min = 0;
      let max = 5;
      for (const c of checksOf(def)) {
        if (c.check === "min_length") min = c.minimum ?? 0;
        if (c.check === "max_length") max = Math.min(c.maximum ?? max, 8);
        if (c.check === "length_equals") min = max = c.length ?? 0;
      }
      return fc.array(next(def.element!), { minLength: min, maxLength: Math.max(min, max) });
    }
    case "union":
      return fc.oneof(...def.options!.map(next));
    case "object": {
      const shape = Object.fromEntries(
        Object.entries(def.shape!).map(([key, value]) => [key, next(value)]),
      );
      return fc
        .record(shape, { requiredKeys: [] })
        .map((value) =>
          Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)),
        );
    }
    case "record":
      return fc.dictionary(fc.string({ maxLength: 12 }), next(def.valueType!), { maxKeys: 4 });
    default:
      // transform, any, unknown, custom: anything JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A request body for a route whose input is `schema`: valid-looking values, the same with one
 * field replaced by anything, and arbitrary JSON (wrong types, arrays, scalars).
 */
export function bodyArbitrary(schema: z.ZodType | null): fc.Arbitrary<unknown> {
  const anything = fc.jsonValue({ maxDepth: 3 });
  if (!schema) return anything;
  const valid = arbitraryOf(schema);
  const mutated = fc
    .tuple(valid, fc.string({ maxLength: 12 }), anything)
    .map(([value, key, junk]) => {
      if (!value || typeof value !== "object" || Array.isArray(value)) return junk;
      const keys = Object.keys(value);
      const target = keys.length > 0 ? keys[key.length % keys.length]! : key;
      return { ...value, [target]: junk };
    });
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 2, arbitrary: mutated },
    { weight: 1, arbitrary: anything },
  );
}

/**
 * A query string for a route whose query is `schema`: its fields as strings (valid-looking or
 * hostile), plus unknown keys; without a schema, hostile pairs only.
 */
export function queryArbitrary(schema: z.ZodType | null): fc.Arbitrary<string> {
  const hostile = fc.dictionary(
    fc.constantFrom("limit", "page", "q", "before", "status", "sort", "period", "resume_id"),
    fc.oneof(
      fc.string({ unit: hostileChar, maxLength: 30 }),
      fc.constantFrom("-1", "0", "1e309", "NaN", "99999999999999999999", "\u0000", "' OR 1=1 --"),
    ),
    { maxKeys: 4 },
  );
  const typed = schema
    ? arbitraryOf(schema).map((value) =>
        value && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => [
                k,
                typeof v === "string" ? v : JSON.stringify(v),
              ]),
            )
          : {},
      )
    : hostile;
  return fc
    .oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: hostile })
    .map((pairs) => new URLSearchParams(pairs as Record<string, string>).toString());
}
