"use client";

import { loadedAfterPage } from "../forms/loaded-after-page";

// The review forms of the result page, loaded after the page with react-hook-form (docs/decisions/0020).
export const CounsellingTick = loadedAfterPage(() => import("./counselling-tick").then((module) => module.CounsellingTick));
export const FlagDecisionForm = loadedAfterPage(() => import("./flag-decision-form").then((module) => module.FlagDecisionForm));
export const SignOffForm = loadedAfterPage(() => import("./sign-off-form").then((module) => module.SignOffForm));
