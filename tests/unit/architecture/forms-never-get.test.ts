/**
 * A form submitted before the page's script runs is sent natively, and a form without a method is sent as a
 * GET: what was typed (a password, a patient's details) would land in the URL, the browser history and server
 * logs. So every form names its method, and GET is kept to the list filters, which carry no typed patient data.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components"];
/** Filter forms: their fields are choices, dates and opaque ids, meant to be in the URL. */
const GET_FORMS = ["app/admin/audit/page.tsx", "components/screening-list/list-filter-form.tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

function formTags(path: string): string[] {
  return readFileSync(path, "utf8").match(/<form\b[^>]*>/gs) ?? [];
}

describe("forms", () => {
  const files = ROOTS.flatMap(sourceFiles);

  it("finds the app's forms (the scan itself works)", () => {
    expect(files.filter((file) => formTags(file).length > 0).length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.filter((file) => formTags(file).length > 0))("%s: every form names its method; only filters use GET", (file) => {
    for (const tag of formTags(file)) {
      const method = /\bmethod="(get|post)"/.exec(tag)?.[1];
      expect(method, tag).toBeDefined();
      if (method === "get") expect(GET_FORMS).toContain(file.replace(/\\/g, "/"));
    }
  });
});
