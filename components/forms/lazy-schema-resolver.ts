/**
 * react-hook-form's zod resolver over a lazily loaded schema (lazy-schema.ts). Apart from it because this one
 * brings react-hook-form along, which a schema used outside a form (the patient search's answer) must not.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";

import type { z } from "@/lib/validation/zod";

import type { LazySchema } from "./lazy-schema";

/** react-hook-form's zod resolver over a schema that may still be on its way. */
export function lazySchemaResolver<TFieldValues extends FieldValues, TTransformed>(
  schema: LazySchema<z.ZodType>,
): Resolver<TFieldValues, unknown, TTransformed> {
  return async (values, context, options) => {
    const resolve = zodResolver((await schema.load()) as never) as unknown as Resolver<TFieldValues, unknown, TTransformed>;
    return resolve(values, context, options);
  };
}
