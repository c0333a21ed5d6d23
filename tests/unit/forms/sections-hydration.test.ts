/** The form's buttons wait for its last section (components/screening-form/sections-hydration.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { createSectionsHydration } from "@/components/screening-form/sections-hydration";

describe("sections hydration", () => {
  it("is complete exactly when every section has hydrated, in any order and however often each reports", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).chain((count) => fc.tuple(fc.constant(count), fc.array(fc.nat({ max: count - 1 }), { maxLength: 60 }))), ([count, reports]) => {
        const store = createSectionsHydration(count);
        let notified = 0;
        store.subscribe(() => (notified += 1));
        const seen = new Set<number>();
        for (const index of reports) {
          store.hydrated(index);
          seen.add(index);
          expect(store.allHydrated()).toBe(seen.size === count);
        }
        // Subscribers hear of it once, when the last section arrives.
        expect(notified).toBe(seen.size === count ? 1 : 0);
      }),
    );
  });

  it("an unsubscribed listener is not called", () => {
    const store = createSectionsHydration(1);
    let called = false;
    const unsubscribe = store.subscribe(() => (called = true));
    unsubscribe();
    store.hydrated(0);
    expect(called).toBe(false);
    expect(store.allHydrated()).toBe(true);
  });
});
