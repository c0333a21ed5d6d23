/** A form-level message (not tied to one field), announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border-l-8 border-red-700 bg-white p-4 font-semibold text-red-900">
      {message}
    </p>
  );
}
