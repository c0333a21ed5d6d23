/**
 * The hazard log claims each control is shown to work by named tests: every named test must exist, in the named
 * file, so a renamed or deleted test cannot leave a control unbacked.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const LOG = path.join(process.cwd(), "docs", "clinical-safety", "hazard-log.md");

interface TestReference {
  readonly hazard: string;
  readonly file: string;
  readonly name: string;
}

/** Each `file`: "name" pair on a hazard's Tests line (which may continue on indented lines). */
function testReferences(markdown: string): TestReference[] {
  const references: TestReference[] = [];
  let hazard = "";
  let inTests = false;
  for (const line of markdown.split("\n")) {
    const heading = /^## (H\d+)\b/.exec(line);
    if (heading) hazard = heading[1] as string;
    if (line.startsWith("- **Tests**:")) inTests = true;
    else if (!line.startsWith("  ")) inTests = false;
    if (!inTests) continue;
    for (const match of line.matchAll(/`([^`]+)`: "([^"]+)"/g)) {
      references.push({ hazard, file: match[1] as string, name: match[2] as string });
    }
  }
  return references;
}

/** True when `source` has a test or describe block named `name` (quoted with " or `, as this project writes them). */
function namesTest(source: string, name: string): boolean {
  return source.includes(`"${name}"`) || source.includes(`\`${name}\``);
}

const markdown = readFileSync(LOG, "utf8");
const references = testReferences(markdown);

describe("docs/clinical-safety/hazard-log.md", () => {
  it("gives every hazard at least one test", () => {
    const hazards = [...markdown.matchAll(/^## (H\d+)\b/gm)].map((match) => match[1]);
    expect(hazards.length).toBeGreaterThan(0);
    for (const hazard of hazards) expect(references.filter((ref) => ref.hazard === hazard), hazard).not.toEqual([]);
  });

  it.each(references.map((ref) => [ref.hazard, ref.file, ref.name] as const))("%s: %s names a real test, %j", (_hazard, file, name) => {
    expect(file.startsWith("tests/"), `${file} is not under tests/`).toBe(true);
    const full = path.join(process.cwd(), file);
    expect(existsSync(full), `${file} does not exist`).toBe(true);
    const source = readFileSync(full, "utf8");
    // The name as written in an it(…) or describe(…) call, quoted with " or `.
    expect(namesTest(source, name), `no test named "${name}" in ${file}`).toBe(true);
  });

  it("would catch a missing test (the check is not vacuous)", () => {
    const [first] = testReferences('## H1 x\n- **Tests**: `tests/unit/a.test.ts`: "renamed test"\n');
    expect(first).toEqual({ hazard: "H1", file: "tests/unit/a.test.ts", name: "renamed test" });
    expect(namesTest('it("the new name", () => {});', "renamed test")).toBe(false);
    expect(namesTest('it("renamed test", () => {});', "renamed test")).toBe(true);
  });
});
