"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A form component whose code, react-hook-form with it, the browser loads after the page instead of with it
 * (docs/decisions/0020). The server renders the form in full, so the page reads the same either way; the browser
 * brings it to life once its chunk arrives, a moment after the rest of the page, and its submit button stays
 * disabled until then, as before any hydration (0010).
 */
export function loadedAfterPage<TProps extends object>(load: () => Promise<ComponentType<TProps>>): ComponentType<TProps> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LoadedAfterPage(props: TProps) {
    return (
      <Suspense>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LoadedAfterPage;
}
