"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Submit buttons stay disabled until then:
 * a form submitted natively before its script is ready would send what was typed to the server as a plain
 * form post, outside the Server Action and its checks.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
