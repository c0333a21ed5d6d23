"use client";

import { useEffect, useState } from "react";

import type { z } from "@/lib/validation/zod";

import type { LazySchema } from "./lazy-schema";

/**
 * A lazily loaded schema for rendering: undefined until it has loaded. Always undefined on the first render,
 * even when loaded already, because the server's render never has it and hydration must match it.
 */
export function useLoadedSchema<TSchema extends z.ZodType>(schema: LazySchema<TSchema>): TSchema | undefined {
  const [loaded, setLoaded] = useState<TSchema>();
  useEffect(() => {
    let mounted = true;
    schema.load().then(
      (value) => mounted && setLoaded(() => value),
      // Left without states; the next submit tries the load again (lazySchemaResolver).
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [schema]);
  return loaded;
}
