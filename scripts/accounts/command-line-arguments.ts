import { parseArgs } from "node:util";

import type { z } from "@/lib/validation/zod";

/**
 * Reads `--name value` options and parses them with the form's own schema, so a command refuses what the page
 * would, with the same message per field. On a problem it prints each one and the usage, and returns null.
 */
export function parseCommandLine<TSchema extends z.ZodType>(
  names: readonly string[],
  schema: TSchema,
  usage: string,
  toInput: (values: Record<string, string | undefined>) => unknown = (values) => values,
): z.output<TSchema> | null {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(names.map((name) => [name, { type: "string" as const }]));
    values = parseArgs({ options, strict: true }).values as Record<string, string | undefined>;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return null;
  }
  const parsed = schema.safeParse(toInput(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".") || "arguments"}: ${issue.message}`);
    console.error(usage);
    return null;
  }
  return parsed.data;
}

/** A refusal from the data layer, printed as the command's options. */
export function printFieldErrors(fieldErrors: Readonly<Record<string, readonly string[]>>): void {
  for (const [field, messages] of Object.entries(fieldErrors)) console.error(`--${field}: ${messages.join("; ")}`);
}
