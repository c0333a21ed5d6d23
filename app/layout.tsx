import type { Metadata } from "next";
import { connection } from "next/server";

import { SiteHeader } from "@/components/site-header";
import { IdleWatcher } from "@/components/session/idle-watcher";
import { getSessionPolicy } from "@/lib/server/auth.server";
import { resolveSession } from "@/lib/server/current-user.server";
import { setupIncomplete } from "@/lib/server/access.server";

import { signOutAction } from "./account/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ketamine pre-treatment screening", template: "%s · Ketamine pre-treatment screening" },
  description: "Pre-treatment risk screening for ketamine therapy: flags with their reasons and sources.",
};

/**
 * The header shows who is signed in; every page still checks the session itself (requireUser), since a layout
 * is not re-run on every navigation and is never an access check.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, never at build time: the Content Security Policy allows only scripts
  // carrying this response's nonce (proxy.ts), and a page prerendered at build time would carry none, so its
  // scripts would be blocked. Here, once, rather than in each page, so a new page cannot forget it.
  await connection();
  const session = await resolveSession({ activity: false });
  const user = session.status === "signed-in" ? session.user : null;
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader user={user && { name: user.name, role: user.role, complete: !setupIncomplete(user) }} signOut={signOutAction} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
          {children}
        </main>
        {user && <IdleWatcher initialEndsAt={user.sessionEndsAt.toISOString()} warningSeconds={getSessionPolicy().idleWarningSeconds} />}
      </body>
    </html>
  );
}
