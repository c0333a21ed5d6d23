import { describe, expect, it } from "vitest";

import { fieldErrorsFromIssues } from "@/lib/actions/define-action";
import { apiTokenIdSchema, issueApiTokenSchema } from "@/lib/auth/form-schemas";

function errorsOf(input: unknown) {
  const parsed = issueApiTokenSchema.safeParse(input);
  return parsed.success ? null : fieldErrorsFromIssues(parsed.error.issues);
}

describe("issueApiTokenSchema (the page's form and npm run token:create)", () => {
  it("trims the email and the label", () => {
    expect(issueApiTokenSchema.parse({ email: " owner@clinic.example ", name: "  EHR bridge " })).toEqual({ email: "owner@clinic.example", name: "EHR bridge" });
  });

  it.each([
    [{ email: "", name: "EHR bridge" }, { email: ["Choose the account the token acts as"] }],
    [{ email: "owner@clinic.example", name: "   " }, { name: ["Enter a label, such as the system that will use it"] }],
    [{ email: "owner@clinic.example", name: "x".repeat(101) }, { name: ["A label has at most 100 characters"] }],
    [{ email: "owner@clinic.example", name: "EHR\u0000bridge" }, { name: ["A label cannot contain control characters"] }],
    [{ email: "owner@clinic.example", name: "EHR\nbridge" }, { name: ["A label cannot contain control characters"] }],
    [{ email: "not-an-email", name: "EHR bridge" }, { email: ["Enter an email address like name@clinic.example"] }],
  ])("refuses %j on its field", (input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it("accepts a label in any script, and refuses fields it does not know", () => {
    expect(issueApiTokenSchema.safeParse({ email: "owner@clinic.example", name: "Brücke – 病院" }).success).toBe(true);
    expect(errorsOf({ email: "owner@clinic.example", name: "EHR bridge", role: "admin" })).toEqual({ form: [expect.any(String)] });
  });
});

describe("apiTokenIdSchema", () => {
  it("takes one token id", () => {
    expect(apiTokenIdSchema.parse({ tokenId: "cmabc123" })).toEqual({ tokenId: "cmabc123" });
    expect(apiTokenIdSchema.safeParse({ tokenId: "" }).success).toBe(false);
    expect(apiTokenIdSchema.safeParse({ userId: "cmabc123" }).success).toBe(false);
  });
});
