/**
 * The OpenAPI document read for people: each operation with its parameters, body and answers, and each named
 * schema as a table of fields (dotted paths, types in words, constraints, descriptions). Pure, so the page only
 * renders it and the test can check the page says what the document says.
 */
type Json = Record<string, unknown>;

export interface ReferenceField {
  /** Dotted path below the schema, `[]` marking an array's items, e.g. `flags[].source`. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string | null;
  /** The named schema the type refers to, to link to its table. */
  readonly schemaName: string | null;
}

export interface ReferenceSchema {
  readonly name: string;
  readonly description: string | null;
  readonly fields: readonly ReferenceField[];
}

export interface ReferenceParameter {
  readonly name: string;
  readonly in: string;
  readonly type: string;
  readonly required: boolean;
}

export interface ReferenceResponse {
  readonly status: string;
  readonly description: string;
  readonly mediaType: string | null;
  readonly schemaName: string | null;
}

export interface ReferenceOperation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly authenticated: boolean;
  readonly parameters: readonly ReferenceParameter[];
  readonly bodySchemaName: string | null;
  readonly responses: readonly ReferenceResponse[];
}

export interface ApiReference {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly baseUrl: string;
  readonly operations: readonly ReferenceOperation[];
  readonly schemas: readonly ReferenceSchema[];
}

const asObject = (value: unknown): Json => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function refName(schema: Json): string | null {
  const ref = text(schema.$ref);
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : null;
}

function range(schema: Json, unit = ""): string {
  const min = schema.minimum ?? schema.minLength ?? schema.minItems;
  const max = schema.maximum ?? schema.maxLength ?? schema.maxItems;
  const safeMax = typeof max === "number" && max < Number.MAX_SAFE_INTEGER ? max : undefined;
  if (min !== undefined && min === safeMax) return ` (exactly ${safeMax}${unit})`;
  if (unit === " characters" && min === 1 && safeMax === undefined) return " (not empty)";
  if (min !== undefined && safeMax !== undefined) return ` (${String(min)}–${safeMax}${unit})`;
  if (min !== undefined && min !== 0) return ` (at least ${String(min)}${unit})`;
  if (safeMax !== undefined) return ` (at most ${safeMax}${unit})`;
  return "";
}

/** A schema's type in words: `integer (50–300)`, `one of: a, b`, `array of StoredFlag`, `string or null`. */
export function typeInWords(schemaValue: unknown): string {
  const schema = asObject(schemaValue);
  const name = refName(schema);
  if (name) return name;
  const variants = asArray(schema.anyOf ?? schema.oneOf);
  if (variants.length > 0) return [...new Set(variants.map(typeInWords))].join(" or ");
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map((value) => (value === "" ? '""' : String(value))).join(", ")}`;
  if ("const" in schema) return `"${String(schema.const)}"`;
  const type = schema.type;
  if (Array.isArray(type)) return type.join(" or ");
  switch (type) {
    case "array": {
      const items = asObject(schema.items);
      const itemWords = typeInWords(items);
      return `array of ${items.anyOf || items.oneOf ? `(${itemWords})` : itemWords}${range(schema, " items")}`;
    }
    case "string":
      return `string${typeof schema.format === "string" ? ` (${schema.format})` : ""}${schema.pattern && !schema.format ? ` matching ${String(schema.pattern)}` : ""}${range(schema, " characters")}`;
    case "integer":
    case "number":
      return `${type}${range(schema)}`;
    case "object":
      return "object";
    case undefined:
      return "any";
    default:
      return String(type);
  }
}

function firstRefIn(schemaValue: unknown): string | null {
  if (schemaValue === undefined) return null;
  const schema = asObject(schemaValue);
  return refName(schema) ?? firstRefIn(schema.items) ?? asArray(schema.anyOf ?? schema.oneOf).map(firstRefIn).find((name) => name !== null) ?? null;
}

/** The object the fields live in: the schema itself, or the object branch of `X or null`. */
function objectOf(schemaValue: unknown): Json | null {
  const schema = asObject(schemaValue);
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "array") {
    const items = objectOf(schema.items);
    return items;
  }
  for (const variant of asArray(schema.anyOf ?? schema.oneOf)) {
    const found = objectOf(variant);
    if (found) return found;
  }
  return null;
}

/** Depth-first, with inline objects expanded; a named schema is linked instead of repeated. */
export function fieldsOf(schemaValue: unknown, prefix = "", depth = 0): ReferenceField[] {
  const object = objectOf(schemaValue);
  if (!object || depth > 6) return [];
  const required = new Set(asArray(object.required).filter((key): key is string => typeof key === "string"));
  const fields: ReferenceField[] = [];
  for (const [key, property] of Object.entries(asObject(object.properties))) {
    const path = `${prefix}${key}`;
    const schema = asObject(property);
    fields.push({ path, type: typeInWords(schema), required: required.has(key), description: text(schema.description), schemaName: firstRefIn(schema) });
    if (!refName(schema)) {
      const nested = asObject(schema).type === "array" ? `${path}[].` : `${path}.`;
      fields.push(...fieldsOf(schema, nested, depth + 1));
    }
  }
  return fields;
}

function schemaNameOfContent(content: unknown): { mediaType: string | null; schemaName: string | null } {
  const [entry] = Object.entries(asObject(content));
  if (!entry) return { mediaType: null, schemaName: null };
  return { mediaType: entry[0], schemaName: refName(asObject(asObject(entry[1]).schema)) };
}

export function apiReference(document: Json): ApiReference {
  const info = asObject(document.info);
  const operations: ReferenceOperation[] = [];
  for (const [path, methods] of Object.entries(asObject(document.paths))) {
    for (const [method, operationValue] of Object.entries(asObject(methods))) {
      const operation = asObject(operationValue);
      operations.push({
        id: text(operation.operationId) ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: text(operation.summary) ?? "",
        description: text(operation.description) ?? "",
        authenticated: !(Array.isArray(operation.security) && operation.security.length === 0),
        parameters: asArray(operation.parameters).map((parameterValue) => {
          const parameter = asObject(parameterValue);
          return { name: text(parameter.name) ?? "", in: text(parameter.in) ?? "", type: typeInWords(parameter.schema), required: parameter.required === true };
        }),
        bodySchemaName: schemaNameOfContent(asObject(operation.requestBody).content).schemaName,
        responses: Object.entries(asObject(operation.responses)).map(([status, responseValue]) => {
          const response = asObject(responseValue);
          return { status, description: text(response.description) ?? "", ...schemaNameOfContent(response.content) };
        }),
      });
    }
  }
  const schemas = Object.entries(asObject(asObject(document.components).schemas)).map(([name, schema]) => ({
    name,
    description: text(asObject(schema).description),
    fields: fieldsOf(schema),
  }));
  return {
    title: text(info.title) ?? "API",
    version: text(info.version) ?? "",
    description: text(info.description) ?? "",
    baseUrl: text(asObject(asArray(document.servers)[0]).url) ?? "",
    operations,
    schemas,
  };
}

export interface TextSpan {
  readonly text: string;
  /** Between backticks in the description: a name or value to type as is (CommonMark's code span). */
  readonly code: boolean;
}

/**
 * A description's text with its code spans marked, so the page shows `submissionId` as code rather than with
 * its backticks. Only single-backtick spans (the only Markdown the descriptions use); an unpaired backtick stays
 * text.
 */
export function codeSpans(description: string): readonly TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /`([^`]+)`/g;
  let from = 0;
  for (const match of description.matchAll(pattern)) {
    if (match.index > from) spans.push({ text: description.slice(from, match.index), code: false });
    spans.push({ text: match[1]!, code: true });
    from = match.index + match[0].length;
  }
  if (from < description.length) spans.push({ text: description.slice(from), code: false });
  return spans;
}
