/** Date and time in the server's zone, e.g. "25 Nov 2026, 09:41". */
export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(date);
}
