"use client";

import "./globals.css";

/**
 * When even the root layout cannot render (it reads the session, so a database that cannot be reached fails it),
 * Next.js shows this instead of its own bare error text: the same plain words as app/error.tsx, in a page of
 * its own (it replaces the root layout, so it has its own html and body).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Temporarily unavailable · Ketamine pre-treatment screening</title>
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main className="mx-auto max-w-4xl space-y-4 px-4 py-8 sm:px-6">
          <div role="alert" className="space-y-4">
            <h1 className="text-2xl font-semibold">The app is temporarily unavailable</h1>
            <p>The server could not load this page just now; most often this means it cannot reach its database. Screenings saved earlier are not affected.</p>
            <p>Try again in a minute. If this goes on, tell whoever runs the service.</p>
            <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
