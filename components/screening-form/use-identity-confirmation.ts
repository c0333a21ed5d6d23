"use client";

import { useRef, useState } from "react";

import type { IdentityFieldChange } from "@/lib/patients/identity-change";
import type { ScreeningSubmission } from "@/lib/screening/submission-schema";

import { focusField } from "./error-summary";

/**
 * The form's side of "a patient's identity is changed on purpose only": holds the change the server proposed,
 * and attaches it to the next submission once confirmed. The confirmation is used once: any later submission
 * goes without it, so a form edited after confirming is checked (and asked about) afresh.
 */
export function useIdentityConfirmation(resubmit: () => void) {
  const [proposed, setProposed] = useState<readonly IdentityFieldChange[]>();
  const confirmed = useRef<readonly IdentityFieldChange[]>(undefined);

  return {
    /** The submission to send: with the confirmed change when the clinician has just confirmed it. */
    withConfirmation(submission: ScreeningSubmission): ScreeningSubmission {
      const change = confirmed.current;
      confirmed.current = undefined;
      setProposed(undefined);
      return change ? { ...submission, confirmedIdentityChange: [...change] } : submission;
    },
    /** The server refused to change the identity unconfirmed: show what would change. */
    ask: setProposed,
    /** Props for the panel, or null when there is nothing to confirm. */
    panel: proposed
      ? {
          change: proposed,
          onConfirm: () => {
            confirmed.current = proposed;
            resubmit();
          },
          onBack: () => {
            setProposed(undefined);
            // Back to the first detail that would change, with every entry as it was.
            focusField(`screening.patient.${proposed[0]?.field ?? "fullName"}`);
          },
        }
      : null,
  };
}
