"use client";

import { useFormContext, useFormState } from "react-hook-form";

import { useHydrated } from "./use-hydrated";

/** Disabled while the action runs, so a double click sends one request, and until the page's script runs. */
export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: "primary" | "danger" }) {
  const { control } = useFormContext();
  const { isSubmitting } = useFormState({ control });
  const hydrated = useHydrated();
  const colours = tone === "danger" ? "bg-red-800 hover:bg-red-900" : "bg-blue-800 hover:bg-blue-900";
  return (
    <button type="submit" disabled={isSubmitting || !hydrated} className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${colours}`}>
      {isSubmitting ? "Please wait…" : children}
    </button>
  );
}
