"use client";

import { loadedAfterPage } from "../forms/loaded-after-page";

// The account pages' forms, loaded after the page with react-hook-form (docs/decisions/0020).
export const SignInForm = loadedAfterPage(() => import("./sign-in-form").then((module) => module.SignInForm));
export const CodeForm = loadedAfterPage(() => import("./code-form").then((module) => module.CodeForm));
export const ChangePasswordForm = loadedAfterPage(() => import("./change-password-form").then((module) => module.ChangePasswordForm));
export const Enrolment = loadedAfterPage(() => import("./enrolment").then((module) => module.Enrolment));
