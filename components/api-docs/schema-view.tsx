type Schema = Record<string, unknown>;

const asSchema = (v: unknown): Schema => (v && typeof v === "object" ? (v as Schema) : {});

/** "string", "integer | null", "Easy | Medium", "array of object" … for one JSON Schema node. */
export function typeLabel(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(union))
    return [...new Set(union.map((s) => typeLabel(asSchema(s))))].join(" | ");
  if (schema.type === "array") return `array of ${typeLabel(asSchema(schema.items))}`;
  if (typeof schema.type === "string") {
    return typeof schema.format === "string" ? `${schema.type} (${schema.format})` : schema.type;
  }
  if (schema.contentMediaType) return "file";
  return "any";
}

const RULES: [string, (v: unknown) => string][] = [
  ["minLength", (v) => `≥ ${String(v)} chars`],
  ["maxLength", (v) => `≤ ${String(v)} chars`],
  ["minimum", (v) => `≥ ${String(v)}`],
  ["exclusiveMinimum", (v) => `> ${String(v)}`],
  ["maximum", (v) => (Number(v) >= Number.MAX_SAFE_INTEGER ? "" : `≤ ${String(v)}`)],
  ["minItems", (v) => `≥ ${String(v)} items`],
  ["maxItems", (v) => `≤ ${String(v)} items`],
  ["pattern", (v) => `matches ${String(v)}`],
  ["default", (v) => `default ${JSON.stringify(v)}`],
];

/** The node's constraints in words: "≥ 2 chars, ≤ 100 chars, default 1". */
export function rules(schema: Schema): string {
  return RULES.filter(([key]) => key in schema)
    .map(([key, f]) => f(schema[key]))
    .filter(Boolean)
    .join(", ");
}

/** The object's (or array items') properties, to show nested fields. */
function nestedProperties(schema: Schema): Schema | null {
  const node = schema.type === "array" ? asSchema(schema.items) : schema;
  return node.properties ? node : null;
}

/** A JSON Schema object as a readable field list (nested objects indented). */
export function SchemaView({ schema }: { schema: Schema }) {
  const properties = asSchema(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const names = Object.keys(properties);
  if (names.length === 0)
    return <p className="text-sm text-muted-foreground">{typeLabel(schema)}</p>;
  return (
    <ul className="grid gap-1.5 text-sm">
      {names.map((name) => {
        const field = asSchema(properties[name]);
        const nested = nestedProperties(field);
        const constraints = rules(field);
        return (
          <li key={name}>
            <code className="font-mono text-xs font-semibold">{name}</code>
            {required.has(name) ? (
              <span className="ml-1 text-xs text-destructive">required</span>
            ) : null}{" "}
            <span className="font-mono text-xs break-words text-muted-foreground">
              {typeLabel(field)}
            </span>
            {constraints ? (
              <span className="text-xs text-muted-foreground"> · {constraints}</span>
            ) : null}
            {typeof field.description === "string" ? (
              <span className="block text-xs text-muted-foreground">{field.description}</span>
            ) : null}
            {nested ? (
              <div className="mt-1 border-l pl-3">
                <SchemaView schema={nested} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
