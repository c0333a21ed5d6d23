/**
 * react-hook-form's zod resolver over a lazily loaded schema (lazy-schema.ts). The resolver's own code comes
 * with the schema, not with the page: it is of no use before the schema is there.
 */
import type { FieldValues, Resolver } from "react-hook-form";

import type { z } from "@/lib/validation/zod";

import type { LazySchema } from "./lazy-schema";

export function lazySchemaResolver<TFieldValues extends FieldValues, TTransformed>(
  schema: LazySchema<z.ZodType>,
): Resolver<TFieldValues, unknown, TTransformed> {
  return async (values, context, options) => {
    const [loaded, { zodResolver }] = await Promise.all([schema.load(), import("@hookform/resolvers/zod")]);
    const resolve = zodResolver(loaded as never) as unknown as Resolver<TFieldValues, unknown, TTransformed>;
    return resolve(values, context, options);
  };
}
