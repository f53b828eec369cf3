import { readFileSync } from "node:fs";
import path from "node:path";

/** Just enough of schema.prisma to check a migrated database against it. */
export interface ParsedField {
  name: string;
  column: string;
  type: string;
  list: boolean;
  optional: boolean;
  dbType: string | null;
  unique: boolean;
  relation: { fields: string[]; references: string[]; onDelete: string | null } | null;
}
export interface ParsedModel {
  name: string;
  table: string;
  fields: ParsedField[];
  uniques: string[][];
}
export interface ParsedSchema {
  models: ParsedModel[];
  enums: Map<string, string[]>;
}

const list = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function parsePrismaSchema(
  file = path.join(process.cwd(), "prisma/schema.prisma"),
): ParsedSchema {
  const source = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  // Blocks end at a line holding only "}" (braces also occur inside defaults such as "{}").
  const blocks = [...source.matchAll(/^(model|enum)\s+(\w+)\s*\{\n([\s\S]*?)^\}/gm)];
  const enums = new Map<string, string[]>();
  for (const m of blocks.filter((b) => b[1] === "enum")) {
    enums.set(m[2]!, m[3]!.split(/\s+/).filter(Boolean));
  }
  const models: ParsedModel[] = [];
  for (const m of blocks.filter((b) => b[1] === "model")) {
    const name = m[2]!;
    const body = m[3]!;
    const table = body.match(/@@map\("([^"]+)"\)/)?.[1] ?? name;
    const uniques = [...body.matchAll(/@@unique\(\[([^\]]+)\]/g)].map((u) => list(u[1]!));
    const fields: ParsedField[] = [];
    for (const line of body.split("\n").map((l) => l.trim())) {
      const f = line.match(/^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/);
      if (!f || line.startsWith("@@")) continue;
      const [, fieldName, type, isList, optional, attrs = ""] = f;
      const rel = attrs.match(/@relation\(([^)]*)\)/)?.[1];
      const relFields = rel?.match(/fields:\s*\[([^\]]+)\]/)?.[1];
      fields.push({
        name: fieldName!,
        column: attrs.match(/@map\("([^"]+)"\)/)?.[1] ?? fieldName!,
        type: type!,
        list: Boolean(isList),
        optional: Boolean(optional),
        dbType: attrs.match(/@db\.(\w+(?:\([^)]*\))?)/)?.[1] ?? null,
        unique: /@unique\b/.test(attrs),
        relation: relFields
          ? {
              fields: list(relFields),
              references: list(rel.match(/references:\s*\[([^\]]+)\]/)![1]!),
              onDelete: rel.match(/onDelete:\s*(\w+)/)?.[1] ?? null,
            }
          : null,
      });
    }
    models.push({ name, table, fields, uniques });
  }
  return { models, enums };
}

/** The PostgreSQL type Prisma Migrate creates for a scalar field. */
export function expectedColumnType(field: ParsedField, enums: Map<string, string[]>): string {
  if (enums.has(field.type)) return field.list ? `${field.type}[]` : field.type;
  const db = field.dbType;
  if (db) {
    const vc = db.match(/^VarChar\((\d+)\)$/);
    if (vc) return `character varying(${vc[1]})`;
    const ts = db.match(/^Timestamptz\((\d+)\)$/);
    if (ts) return `timestamp(${ts[1]}) with time zone`;
    const dec = db.match(/^Decimal\((\d+),\s*(\d+)\)$/);
    if (dec) return `numeric(${dec[1]},${dec[2]})`;
    if (db === "Date") return "date";
    if (db === "SmallInt") return "smallint";
  }
  const base: Record<string, string> = {
    Int: "integer",
    BigInt: "bigint",
    String: "text",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Float: "double precision",
    Decimal: "numeric(65,30)",
  };
  const t = base[field.type];
  if (!t) throw new Error(`unmapped type ${field.type}`);
  return field.list ? `${t}[]` : t;
}
