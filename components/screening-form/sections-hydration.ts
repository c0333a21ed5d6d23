"use client";

import { createContext, useContext, useEffect, useSyncExternalStore } from "react";

/**
 * Which of the form's sections React has hydrated. The sections hydrate one by one after the form itself
 * (form-sections-hydrated-apart.tsx), so for a moment the form is live while some of its fields are not yet
 * known to react-hook-form. A submit then judged those fields empty, and the errors it set reached sections
 * still waiting to hydrate: their HTML no longer matched, React rendered them afresh, and what the clinician
 * had typed before the scripts ran was gone. The form's buttons wait until every section is hydrated.
 */
export interface SectionsHydration {
  readonly hydrated: (index: number) => void;
  readonly allHydrated: () => boolean;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createSectionsHydration(count: number): SectionsHydration {
  // A set, not a count: development's Strict Mode runs each effect twice.
  const done = new Set<number>();
  const listeners = new Set<() => void>();
  return {
    hydrated(index) {
      if (done.has(index)) return;
      done.add(index);
      if (done.size === count) for (const listener of listeners) listener();
    },
    allHydrated: () => done.size === count,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Its value is made once per form and never changes: a changed context would hydrate every section at once.
 * Outside a form, a store no section completes: the buttons would stay disabled, in every test.
 */
export const SectionsHydrationContext = createContext<SectionsHydration>(createSectionsHydration(1));

/** Rendered inside a section's boundary: its effect runs when React has hydrated that section. */
export function SectionHydrated({ index }: { index: number }): null {
  const store = useContext(SectionsHydrationContext);
  useEffect(() => store.hydrated(index), [store, index]);
  return null;
}

/** False in the server's HTML and until the last of the store's sections is hydrated. */
export function useAllHydrated(store: SectionsHydration): boolean {
  return useSyncExternalStore(store.subscribe, store.allHydrated, () => false);
}
