import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Enrolment } from "@/components/auth/forms-after-page";
import { requireSignedIn, setupPath } from "@/lib/server/require-user.server";

import { confirmEnrolmentAction, startEnrolmentAction } from "../actions";

export const metadata: Metadata = { title: "Set up two-step sign-in" };

export default async function TwoFactorEnrolmentPage() {
  const user = await requireSignedIn("account/two-factor");
  if (user.mustChangePassword) redirect(setupPath(user) ?? "/account/password");
  if (user.mfaEnrolled) redirect("/screenings");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Set up two-step sign-in</h1>
      <p className="text-slate-700">
        Patient records need more than a password. Each time you sign in you will also enter a code from an authenticator app on
        your phone. This takes about two minutes, once.
      </p>
      <Enrolment start={startEnrolmentAction} confirm={confirmEnrolmentAction} />
    </div>
  );
}
