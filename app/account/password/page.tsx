import type { Metadata } from "next";

import { ChangePasswordForm } from "@/components/auth/forms-after-page";
import { requireSignedIn } from "@/lib/server/require-user.server";

import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await requireSignedIn("account/password");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{user.mustChangePassword ? "Choose your own password" : "Change password"}</h1>
      {user.mustChangePassword && (
        <p className="rounded-lg border-l-8 border-blue-800 bg-white p-4">
          You signed in with a temporary password. Choose your own before you continue; your other sessions will be signed out.
        </p>
      )}
      <ChangePasswordForm changePassword={changePasswordAction} />
    </div>
  );
}
