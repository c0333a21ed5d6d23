/**
 * A full page load, on purpose, where the session changes (sign-in, sign-out, idle logoff): the client-side
 * router keeps rendered pages in memory, and after a sign-out none of them (patient data) may be reachable with
 * the Back button or a cached navigation; after a sign-in the header and guards must see the new session.
 */
export function loadPage(path: string): void {
  window.location.assign(path);
}
