"use client";

import { lazy, type ComponentType } from "react";

/**
 * A form component whose code, react-hook-form with it, the browser loads after the page instead of with it
 * (docs/decisions/0020). The server renders the form in full, so the page reads the same either way; the browser
 * brings it to life once its chunk arrives, a moment after the rest of the page, and its submit button stays
 * disabled until then, as before any hydration (0010).
 *
 * No Suspense boundary of its own, on purpose: with one, a page reached by a client-side navigation showed
 * without its forms (the boundary's empty fallback) until the chunk arrived, and the forms then pushed the page
 * down. Without one, the navigation waits for the chunk and the page appears whole.
 */
export function loadedAfterPage<TProps extends object>(load: () => Promise<ComponentType<TProps>>): ComponentType<TProps> {
  const Lazy = lazy(async () => ({ default: await load() }));
  // A function component, not the lazy object itself: server pages render these forms through client references,
  // and a lazy object exported as one failed every page that used it ("This page could not be loaded").
  function LoadedAfterPage(props: TProps) {
    return <Lazy {...props} />;
  }
  return LoadedAfterPage;
}
