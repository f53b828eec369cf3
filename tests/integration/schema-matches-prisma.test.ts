/**
 * The migrated database (embedded PGlite, and PostgreSQL when DATABASE_URL is set) matches
 * prisma/schema.prisma: every model's table, every field's column, type and nullability, every
 * unique constraint and every foreign key. Fails when a schema change lacks its migration.
 */
import { db, disconnectDb } from "@/lib/db/client";
import { expectedColumnType, parsePrismaSchema } from "../helpers/prisma-schema";

const schema = parsePrismaSchema();

type Column = { table_name: string; column_name: string; type: string; is_nullable: boolean };
type Unique = { table_name: string; columns: string[] };
type Foreign = {
  table_name: string;
  columns: string[];
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
};

let columns: Column[];
let uniques: Unique[];
let foreignKeys: Foreign[];
let enums: { name: string; labels: string[] }[];

beforeAll(async () => {
  columns = await db.$queryRaw<Column[]>`
    SELECT c.relname AS table_name, a.attname AS column_name,
           format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS is_nullable
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`;
  uniques = await db.$queryRaw<Unique[]>`
    SELECT t.relname AS table_name,
           array_agg(a.attname::text ORDER BY array_position(i.indkey::int[], a.attnum::int)) AS columns
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
    WHERE n.nspname = 'public' AND i.indisunique AND NOT i.indisprimary
    GROUP BY t.relname, i.indexrelid`;
  foreignKeys = await db.$queryRaw<Foreign[]>`
    SELECT t.relname AS table_name, r.relname AS ref_table,
           (SELECT array_agg(attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(att, ord)
              JOIN pg_attribute ON attrelid = con.conrelid AND attnum = k.att) AS columns,
           (SELECT array_agg(attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(att, ord)
              JOIN pg_attribute ON attrelid = con.confrelid AND attnum = k.att) AS ref_columns,
           con.confdeltype::text AS on_delete
    FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    WHERE con.contype = 'f'`;
  enums = await db.$queryRaw<{ name: string; labels: string[] }[]>`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
});

afterAll(() => disconnectDb());

const ON_DELETE: Record<string, string> = {
  Cascade: "c",
  SetNull: "n",
  Restrict: "r",
  NoAction: "a",
};

describe("migrated database matches schema.prisma", () => {
  it("has every enum with its values in order", () => {
    for (const [name, values] of schema.enums) {
      expect(enums.find((e) => e.name === name)?.labels).toEqual(values);
    }
  });

  it.each(schema.models.map((m) => [m.name, m] as const))(
    "%s: columns, types, nullability",
    (_n, model) => {
      const actual = columns.filter((c) => c.table_name === model.table);
      expect(actual.length).toBeGreaterThan(0);
      const scalars = model.fields.filter((f) => !schema.models.some((m) => m.name === f.type));
      expect(actual.map((c) => c.column_name).sort()).toEqual(scalars.map((f) => f.column).sort());
      for (const field of scalars) {
        const column = actual.find((c) => c.column_name === field.column)!;
        const want = expectedColumnType(field, schema.enums);
        expect({ column: field.column, type: column.type.replace(/"/g, "") }).toEqual({
          column: field.column,
          type: want,
        });
        // Prisma creates scalar lists without NOT NULL.
        expect({ column: field.column, nullable: column.is_nullable }).toEqual({
          column: field.column,
          nullable: field.optional || field.list,
        });
      }
    },
  );

  it.each(schema.models.map((m) => [m.name, m] as const))("%s: unique constraints", (_n, model) => {
    const col = (name: string) => model.fields.find((f) => f.name === name)!.column;
    const want = [
      ...model.fields.filter((f) => f.unique).map((f) => [f.column]),
      ...model.uniques.map((u) => u.map(col)),
    ].map((u) => u.join(","));
    const have = uniques
      .filter((u) => u.table_name === model.table)
      .map((u) => u.columns.join(","));
    expect(have.sort()).toEqual(want.sort());
  });

  it.each(schema.models.map((m) => [m.name, m] as const))("%s: foreign keys", (_n, model) => {
    const col = (name: string) => model.fields.find((f) => f.name === name)!.column;
    const want = model.fields
      .filter((f) => f.relation)
      .map((f) => {
        const target = schema.models.find((m) => m.name === f.type)!;
        const targetCol = (n: string) => target.fields.find((x) => x.name === n)!.column;
        return `${f.relation!.fields.map(col).join(",")}->${target.table}(${f.relation!.references.map(targetCol).join(",")}) ${ON_DELETE[f.relation!.onDelete ?? "Restrict"] ?? "?"}`;
      });
    const have = foreignKeys
      .filter((k) => k.table_name === model.table)
      .map(
        (k) => `${k.columns.join(",")}->${k.ref_table}(${k.ref_columns.join(",")}) ${k.on_delete}`,
      );
    expect(have.sort()).toEqual(want.sort());
  });

  it("records applied migrations the way Prisma Migrate does", async () => {
    const rows = await db.$queryRaw<
      { migration_name: string; checksum: string; finished_at: Date | null }[]
    >`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
    }
  });
});
