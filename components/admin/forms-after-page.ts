"use client";

import { loadedAfterPage } from "../forms/loaded-after-page";

// The administration pages' forms, loaded after the page with react-hook-form (docs/decisions/0020).
export const CreateAccountForm = loadedAfterPage(() => import("./create-account-form").then((module) => module.CreateAccountForm));
export const IssueApiTokenForm = loadedAfterPage(() => import("./issue-api-token-form").then((module) => module.IssueApiTokenForm));
