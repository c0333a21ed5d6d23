import Link from "next/link";

import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

import { SignOutButton } from "./auth/sign-out-button";
import { NavLinks } from "./nav-links";

export interface HeaderUser {
  readonly name: string;
  readonly role: Role;
  /** False while the account still has to change its password or enrol a second factor. */
  readonly complete: boolean;
}

export function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut: Parameters<typeof SignOutButton>[0]["signOut"] }) {
  return (
    <header className="border-b border-slate-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/screenings" className="text-lg font-semibold text-slate-900 no-underline">
          Ketamine pre-treatment screening
        </Link>
        {user && user.complete && <NavLinks admin={user.role === "admin"} />}
        {user && (
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-semibold">{user.name}</span> <span className="text-slate-700">({ROLE_LABELS[user.role]})</span>
            </span>
            <SignOutButton signOut={signOut} />
          </div>
        )}
      </div>
    </header>
  );
}
