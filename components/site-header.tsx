import Link from "next/link";

import { NavLinks } from "./nav-links";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/screenings" className="text-lg font-semibold text-slate-900 no-underline">
          Ketamine pre-treatment screening
        </Link>
        <NavLinks />
      </div>
    </header>
  );
}
