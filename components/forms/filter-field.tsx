/** A filter of a list page's GET form: label, its error (a malformed value is never silently dropped), control. */
export function FilterField({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export const FILTER_INPUT = "mt-1 block w-full rounded border-2 border-slate-500 px-2 py-1";

/** The id, name and error wiring of the control of filter `name`. */
export function filterControl(name: string, errors: Readonly<Record<string, string>>) {
  return {
    id: `filter-${name}`,
    name,
    "aria-invalid": errors[name] ? (true as const) : undefined,
    "aria-describedby": errors[name] ? `filter-${name}-error` : undefined,
  };
}
