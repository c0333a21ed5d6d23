"use client";

import { useEffect, useRef } from "react";

import { confirmLeaving, hasUnsavedEntries, holdLeaving } from "../navigation/leave-guard";

/**
 * Warns before the page is left while `unsaved` holds and `stillUnsaved` (asked at that moment: a draft may
 * have saved the entries meanwhile) agrees: the browser's own prompt for a reload, a closed tab or
 * a typed address (browsers show their own wording), and a confirmation for a link inside the app, which the
 * client-side router would otherwise follow without unloading the page. The Back button within the app is not
 * covered: the router offers no way to hold it.
 */
export function useUnsavedEntriesWarning(unsaved: boolean, stillUnsaved: () => boolean = () => true): void {
  const check = useRef(stillUnsaved);
  useEffect(() => {
    check.current = stillUnsaved;
  }, [stillUnsaved]);

  useEffect(() => {
    if (!unsaved) return;
    holdLeaving(() => check.current());

    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!hasUnsavedEntries()) return;
      event.preventDefault();
      // Older Chromium versions still need returnValue set to show the prompt.
      event.returnValue = true;
    }

    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const destination = new URL(link.href, window.location.href);
      const here = window.location;
      // A link within this page (the section index, the error summary) does not leave it.
      if (destination.origin === here.origin && destination.pathname === here.pathname && destination.search === here.search) return;
      if (!confirmLeaving()) {
        event.preventDefault();
        event.stopPropagation();
      }
    }

    window.addEventListener("beforeunload", onBeforeUnload);
    // Capture phase: runs before the router's own click handler on the link.
    document.addEventListener("click", onClick, true);
    return () => {
      holdLeaving(null);
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [unsaved]);
}
