/**
 * A form's zod schema, fetched by the browser once the page is up rather than with it. It is still the schema
 * the Server Action parses (docs/decisions/0004); only its loading is deferred: zod and the schema code weigh
 * some 30 kB gzip, more than the first-load budget leaves once React, Next.js and react-hook-form are in
 * (docs/decisions/0020). A form starts loading it when it mounts, long before anyone can submit; a submit that
 * comes first waits for it.
 */
import type { z } from "@/lib/validation/zod";

export interface LazySchema<TSchema extends z.ZodType> {
  /** The schema: one promise for every caller once loading started; a failed load is tried afresh next time. */
  load(): Promise<TSchema>;
  /** The schema when it has loaded, else undefined. */
  current(): TSchema | undefined;
}

/** `importSchema` is a dynamic `import()` of the schema's module, so the bundler leaves it out of the page. */
export function lazySchema<TSchema extends z.ZodType>(importSchema: () => Promise<TSchema>): LazySchema<TSchema> {
  let loading: Promise<TSchema> | undefined;
  let loaded: TSchema | undefined;
  return {
    load() {
      loading ??= importSchema().then(
        (schema) => (loaded = schema),
        (error: unknown) => {
          // A dropped connection must not leave the form without validation until the page is reloaded.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    current: () => loaded,
  };
}
