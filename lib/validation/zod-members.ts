/**
 * The parts of zod the app uses, named one by one: `z` (lib/validation/zod.ts) is this module's namespace.
 * zod's own `z` is a namespace of everything it exports, every locale's messages, the JSON Schema importer
 * and the compiler among them; a bundler that sees that object used must ship all of it to the browser
 * (91 kB gzip on every page with a form, docs/decisions/0020). Named imports let it keep only what is called.
 * A member missing here is a type error where it is used: add it here.
 */
export {
  array,
  boolean,
  coerce,
  date,
  discriminatedUnion,
  email,
  enum,
  input,
  int,
  iso,
  literal,
  NEVER,
  number,
  object,
  output,
  preprocess,
  prettifyError,
  record,
  registry,
  strictObject,
  string,
  toJSONSchema,
  union,
  uuid,
  ZodNullable,
  ZodObject,
  ZodOptional,
  ZodType,
} from "zod";
export type { core, infer } from "zod";
