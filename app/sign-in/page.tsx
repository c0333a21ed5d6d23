import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/forms-after-page";
import { resolveSession } from "@/lib/server/current-user.server";

import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Readonly<Record<string, string>> = {
  idle: "You were signed out because nothing happened for a while. Sign in again to continue.",
  "signed-out": "You are signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await resolveSession({ activity: false });
  if (session.status === "signed-in") redirect("/screenings");
  const { reason } = await searchParams;
  const notice = typeof reason === "string" ? REASONS[reason] : undefined;
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {notice && (
        <p role="status" className="rounded-lg border-l-8 border-blue-800 bg-white p-4">
          {notice}
        </p>
      )}
      <p className="text-slate-700">For clinicians of this service. You will also need the code from your authenticator app.</p>
      <SignInForm signIn={signInAction} />
    </div>
  );
}
