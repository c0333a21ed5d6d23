/**
 * The schemas of the sign-in, account set-up and account administration forms: each is used by its form's
 * resolver in the browser and parsed again by its Server Action. Messages are written for the person at the
 * form.
 */
import { z } from "@/lib/validation/zod";

import { newPasswordLengthSchema } from "./password-length";
import { ROLES } from "./roles";

function emailField(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(254, "An email address has at most 254 characters")
    .pipe(z.email({ error: "Enter an email address like name@clinic.example" }));
}

const email = emailField("Enter your email address");

export const signInSchema = z.strictObject({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(128, "A password has at most 128 characters"),
});
export type SignInForm = z.infer<typeof signInSchema>;

export const authenticatorCodeSchema = z.strictObject({
  code: z
    .string({ error: "Enter the 6-digit code from your authenticator app" })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app")),
});

export const backupCodeSchema = z.strictObject({
  code: z.string({ error: "Enter one of your backup codes" }).trim().min(1, "Enter one of your backup codes").max(40, "A backup code is shorter than that"),
});

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(128, "A password has at most 128 characters"),
    // Length only in the browser; the server also refuses common passwords and the person's name or email.
    newPassword: newPasswordLengthSchema,
    confirmPassword: z.string({ error: "Enter the new password again" }).min(1, "Enter the new password again"),
  })
  .refine((form) => form.confirmPassword === form.newPassword, { path: ["confirmPassword"], error: "The two new passwords are not the same" })
  .refine((form) => form.newPassword !== form.currentPassword, { path: ["newPassword"], error: "Choose a password different from the current one" });

export const confirmPasswordSchema = z.strictObject({
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(128, "A password has at most 128 characters"),
});

export const createAccountSchema = z.strictObject({
  name: z.string({ error: "Enter the person's full name" }).trim().min(1, "Enter the person's full name").max(100, "A name has at most 100 characters"),
  email,
  role: z.enum(ROLES, { error: "Choose a role" }),
});
export type CreateAccountForm = z.infer<typeof createAccountSchema>;

export const accountIdSchema = z.strictObject({
  userId: z.string({ error: "Choose an account" }).min(1, "Choose an account").max(64, "Choose an account"),
});

/** Issuing a personal API token: the page's form and `npm run token:create` (--email, --name). */
export const issueApiTokenSchema = z.strictObject({
  email: emailField("Choose the account the token acts as"),
  name: z
    .string({ error: "Enter a label, such as the system that will use it" })
    .trim()
    .min(1, "Enter a label, such as the system that will use it")
    .max(100, "A label has at most 100 characters")
    // Control characters would show as nothing in the list, and PostgreSQL refuses NUL outright.
    .regex(/^[^\p{Cc}]*$/u, "A label cannot contain control characters"),
});
export type IssueApiTokenForm = z.infer<typeof issueApiTokenSchema>;

export const apiTokenIdSchema = z.strictObject({
  tokenId: z.string({ error: "Choose a token" }).min(1, "Choose a token").max(64, "Choose a token"),
});

/** Actions that take no input still parse: nothing but an empty object is accepted. */
export const noInputSchema = z.strictObject({});
