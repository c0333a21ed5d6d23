import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { CodeForm } from "@/components/auth/forms-after-page";
import { resolveSession } from "@/lib/server/current-user.server";

import { signInWithAuthenticatorCodeAction, signInWithBackupCodeAction } from "../actions";

export const metadata: Metadata = { title: "Sign-in code" };

export default async function SecondFactorPage() {
  const session = await resolveSession({ activity: false });
  if (session.status === "signed-in") redirect("/screenings");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Enter your sign-in code</h1>
      <p className="text-slate-700">Open your authenticator app and enter the 6-digit code it shows for this service.</p>
      <CodeForm kind="totp" submit={signInWithAuthenticatorCodeAction} then="/screenings" button="Sign in" />
      <details className="rounded-lg border border-slate-300 bg-white p-4">
        <summary className="cursor-pointer font-semibold text-blue-800">Lost your device? Use a backup code</summary>
        <div className="mt-4">
          <CodeForm kind="backup" submit={signInWithBackupCodeAction} then="/screenings" button="Sign in with backup code" />
        </div>
      </details>
    </div>
  );
}
