import { answerHash } from "@/lib/answers/answer-hash";
import {
  answerTextContext,
  draftTextContext,
  EVALUATION_SEALED_FIELDS,
  evaluationContext,
  summaryContext,
  followUpContext,
  nameIndex,
  personalQuestionContext,
  userNameContext,
} from "@/lib/crypto/personal-columns";
import { openField, resealField } from "@/lib/crypto/sealed-field";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";

type Row = Record<string, unknown> & { id: number };

interface SealedColumn {
  column: string;
  /** A JSON column: the sealed form is `{ sealed }`, a value from before is the JSON itself. */
  json?: boolean;
  context: (row: Row) => string;
}

interface SealedTable {
  table: string;
  /** The columns the contexts are built from. */
  keys: string[];
  where?: string;
  columns: SealedColumn[];
  /**
   * A column derived under the key (a keyed digest or blind index), kept in step in the same
   * UPDATE: its new value when it must change, else null. `resealed`: this run re-encrypts the row.
   */
  derived?: (row: Row, resealed: boolean) => DerivedValue | null;
}

interface DerivedValue {
  column: string;
  value: string | string[];
  /** The SQL cast of the bound value. */
  cast: string;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const num = (row: Row, column: string) => Number(row[column]);
const str = (row: Row, column: string) => String(row[column]);

// The personal free-text columns of lib/crypto/personal-columns.ts, as stored (snake_case).
const TABLES: SealedTable[] = [
  {
    table: "answers",
    keys: ["session_id", "question_id", "kind", "attempt", "answer_hash"],
    // The answer's keyed digest follows the current key (and replaces a plain SHA-256).
    derived: (row) => {
      const hash = answerHash(openField(str(row, "answer_text"), answerContextOf(row)));
      return hash === row.answer_hash
        ? null
        : { column: "answer_hash", value: hash, cast: "::varchar" };
    },
    columns: [
      {
        column: "answer_text",
        context: (r) => answerContextOf(r),
      },
    ],
  },
  {
    table: "evaluations",
    keys: ["answer_id"],
    columns: EVALUATION_SEALED_FIELDS.map((field) => ({
      column: snake(field),
      // example_answer is text; the others are JSON columns.
      json: field !== "exampleAnswer",
      context: (r: Row) => evaluationContext(num(r, "answer_id"), field),
    })),
  },
  {
    table: "session_summaries",
    keys: ["session_id"],
    columns: (["strengths", "improvements"] as const).map((field) => ({
      column: field,
      json: true,
      context: (r: Row) => summaryContext(num(r, "session_id"), field),
    })),
  },
  {
    table: "answer_drafts",
    keys: ["session_id", "question_id"],
    columns: [
      {
        column: "draft_text",
        context: (r) =>
          draftTextContext({ sessionId: num(r, "session_id"), questionId: num(r, "question_id") }),
      },
    ],
  },
  {
    table: "questions",
    keys: ["fingerprint"],
    where: `"source" = 'personal'`,
    columns: [
      {
        column: "question_text",
        context: (r) => personalQuestionContext(str(r, "fingerprint"), "text"),
      },
      {
        column: "expected_answer_points",
        json: true,
        context: (r) => personalQuestionContext(str(r, "fingerprint"), "points"),
      },
      {
        column: "model_answer",
        context: (r) => personalQuestionContext(str(r, "fingerprint"), "model-answer"),
      },
    ],
  },
  {
    table: "follow_ups",
    keys: ["parent_answer_id"],
    columns: [
      { column: "prompt", context: (r) => followUpContext(num(r, "parent_answer_id"), "prompt") },
      { column: "point", context: (r) => followUpContext(num(r, "parent_answer_id"), "point") },
    ],
  },
  {
    table: "users",
    keys: [],
    columns: [{ column: "name", context: (r) => userNameContext(r.id) }],
    // The blind index follows the key: rebuilt from the name under the current key.
    derived: (row, resealed) =>
      resealed
        ? {
            column: "name_index",
            value: nameIndex(openField(String(row.name), userNameContext(row.id))),
            cast: "::text[]",
          }
        : null,
  },
];

function answerContextOf(r: Row): string {
  return answerTextContext({
    sessionId: num(r, "session_id"),
    questionId: num(r, "question_id"),
    kind: str(r, "kind"),
    attempt: num(r, "attempt"),
  });
}

/** The new stored value of one column, or null when it is already sealed under the current key. */
function resealValue(spec: SealedColumn, stored: unknown, row: Row): string | null {
  if (stored === null || stored === undefined) return null;
  if (!spec.json) {
    if (typeof stored !== "string") throw new Error(`${spec.column} is not text`);
    return resealField(stored, spec.context(row));
  }
  const sealed = (stored as { sealed?: unknown }).sealed;
  const next =
    typeof sealed === "string"
      ? resealField(sealed, spec.context(row))
      : resealField(JSON.stringify(stored), spec.context(row));
  return next === null ? null : JSON.stringify({ sealed: next });
}

async function rotateTable(spec: SealedTable): Promise<{ rows: number; failed: number }> {
  const report = { rows: 0, failed: 0 };
  const columns = ["id", ...spec.keys, ...spec.columns.map((c) => c.column)]
    .map((c) => `"${c}"`)
    .join(", ");
  let cursor = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT ${columns} FROM "${spec.table}" WHERE "id" > $1 ${spec.where ? `AND ${spec.where}` : ""} ORDER BY "id" LIMIT 200`,
      cursor,
    );
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      try {
        const changes = spec.columns.flatMap((c) => {
          const next = resealValue(c, row[c.column], row);
          return next === null ? [] : [{ column: c, value: next }];
        });
        const derived = spec.derived?.(row, changes.length > 0) ?? null;
        const sets = [
          ...changes.map(({ column, value }) => ({
            column: column.column,
            value,
            cast: column.json ? "::jsonb" : "",
          })),
          ...(derived ? [derived] : []),
        ];
        if (sets.length === 0) continue;
        await db.$executeRawUnsafe(
          `UPDATE "${spec.table}" SET ${sets.map((c, i) => `"${c.column}" = $${i + 2}${c.cast}`).join(", ")} WHERE "id" = $1`,
          row.id,
          ...sets.map((c) => c.value),
        );
        report.rows += 1;
      } catch (error) {
        report.failed += 1;
        logger.error("personal text key rotation failed", {
          table: spec.table,
          id: row.id,
          error: String(error),
        });
      }
    }
  }
  return report;
}

/**
 * crypto:rotate for the personal free-text columns: each value is moved to the keyring's current
 * key, and values stored before encryption (rows older than it) are sealed. Safe to run again.
 */
export async function rotatePersonalText(): Promise<{
  tables: Record<string, number>;
  failed: number;
}> {
  const tables: Record<string, number> = {};
  let failed = 0;
  for (const spec of TABLES) {
    const report = await rotateTable(spec);
    tables[spec.table] = report.rows;
    failed += report.failed;
  }
  return { tables, failed };
}
