/**
 * Severity shown by word and shape as well as colour (WCAG 1.4.1): an octagon for critical, a triangle for
 * warning, a circle for info. The icons are decorative; the word carries the meaning for screen readers.
 */
import type { Severity } from "@/lib/rules/types";

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

const STYLES: Readonly<Record<Severity, string>> = {
  critical: "border-red-800 bg-red-50 text-red-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
  info: "border-blue-800 bg-blue-50 text-blue-950",
};

export function SeverityIcon({ severity, className = "size-5" }: { severity: Severity; className?: string }) {
  const common = { className: `${className} shrink-0`, viewBox: "0 0 24 24", "aria-hidden": true, focusable: false } as const;
  if (severity === "critical") {
    return (
      <svg {...common}>
        <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor" />
        <rect x="6" y="10.5" width="12" height="3" rx="1" fill="white" />
      </svg>
    );
  }
  if (severity === "warning") {
    return (
      <svg {...common}>
        <path d="M12 2 23 21H1z" fill="currentColor" />
        <rect x="10.8" y="8.5" width="2.4" height="7" rx="1" fill="white" />
        <circle cx="12" cy="18" r="1.3" fill="white" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <circle cx="12" cy="7" r="1.5" fill="white" />
      <rect x="10.8" y="10" width="2.4" height="8" rx="1" fill="white" />
    </svg>
  );
}

/** "Critical" / "Warning" / "Info" with its icon; "No flags" when nothing was raised. */
export function SeverityBadge({ severity }: { severity: Severity | null }) {
  if (severity === null) {
    return <span className="text-slate-700">No flags</span>;
  }
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[severity]}`}
    >
      <SeverityIcon severity={severity} className="size-4" />
      {SEVERITY_LABELS[severity]}
    </span>
  );
}

export function severityPanelStyle(severity: Severity): string {
  return STYLES[severity];
}
