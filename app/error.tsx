"use client";

/** A page that could not load (e.g. the database is unavailable): say so plainly and offer a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-semibold">This page could not be loaded</h1>
      <p>The server could not load this page just now. Screenings saved earlier are not affected.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
      >
        Try again
      </button>
    </div>
  );
}
