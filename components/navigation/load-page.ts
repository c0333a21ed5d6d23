/**
 * A full page load, on purpose, where the session changes (sign-in, sign-out, idle logoff): the client-side
 * router keeps rendered pages in memory, and after a sign-out none of them (patient data) may be reachable with
 * the Back button or a cached navigation; after a sign-in the header and guards must see the new session.
 */
export function loadPage(path: string): void {
  leavingOnPurpose = true;
  window.location.assign(path);
}

let leavingOnPurpose = false;

/**
 * True once the app itself is leaving the page (a sign-out, an idle logoff): the unsaved-entries warning
 * must not stand in the way, since the session is already over and the entries could not be saved anyway.
 */
export function isLeavingOnPurpose(): boolean {
  return leavingOnPurpose;
}
