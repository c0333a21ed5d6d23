"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/screenings", label: "Screenings" },
  { href: "/screenings/new", label: "New screening" },
  { href: "/source", label: "Source document" },
] as const;

const ADMIN_LINKS = [
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/audit", label: "Audit trail" },
  { href: "/admin/api-tokens", label: "API tokens" },
] as const;

/** The current page is marked with `aria-current` and an underline, not by colour alone. */
export function NavLinks({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/screenings" ? pathname === "/screenings" || /^\/screenings\/(?!new)/.test(pathname) : pathname === href;
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {[...LINKS, ...(admin ? ADMIN_LINKS : [])].map(({ href, label }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={current(href) ? "page" : undefined}
              className="text-blue-800 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:underline"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
