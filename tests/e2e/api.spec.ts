/**
 * What of the JSON API needs the browser or the browser tests' server: a screening stored through the API shows
 * in the app with the same flags; the reference page renders the OpenAPI document; the CSV of 10,000 screenings
 * streams while the server's memory stays flat (it watches the server's process and seeds its SQLite file).
 * The API's contract over HTTP (every operation with every kind of token, bad input, read back, repeats,
 * exports, identity change, the audit of each use, the document served) runs on both engines in tests/api.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import Database from "better-sqlite3";

import { screeningResourceSchema } from "@/lib/api/resources";
import { assess } from "@/lib/rules";
import { callApi, namedApiScreening, uniqueName } from "@/tests/support/api-client";
import { makeScreeningInput } from "@/tests/support/screening-factory";
import { issueToken as issueTokenOn } from "@/tests/support/api-token-commands";
import { screeningRowWriter } from "@/tests/support/screening-rows";

import { createTestAccount } from "./support/accounts";
import { E2E_DATABASE_FILE, E2E_PORT, serverPidFile } from "./support/environment";
import { expect, test } from "./support/sign-in";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const issueToken = (email: string) => issueTokenOn(`file:${E2E_DATABASE_FILE}`, email);

test.describe("the JSON API in the app", () => {
  test("a screening stored through the API shows in the app with the same flags", async ({ page, clinician }) => {
    const { token } = issueToken(clinician.email);
    const fullName = uniqueName("Api Stored");
    const created = await callApi(ORIGIN, "POST", "/screenings", { token, json: { submissionId: randomUUID(), screening: namedApiScreening(fullName) } });
    expect(created.status).toBe(201);
    const screening = screeningResourceSchema.parse(await created.json());

    // In the app, as the clinician who owns the token: the same flags, awaiting review.
    await page.goto(`/screenings/${screening.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
    await expect(page.getByText(fullName).first()).toBeVisible();
    await expect(page.getByText("Awaiting review").first()).toBeVisible();
    for (const flag of screening.flags) await expect(page.locator(`#flag-${flag.ruleId}`)).toContainText(flag.summary);
    await expect(page.locator("h4[id^='flag-'], p[id^='flag-']")).toHaveCount(screening.flags.length);
  });

  test("the reference page renders the OpenAPI document", async ({ page }) => {
    await page.goto("/api-reference");
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /POST \/api\/v1\/screenings/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Fields of Screening", exact: true })).toBeVisible();
    // The descriptions' Markdown code spans show as code, not as backticks.
    await expect(page.locator("main code", { hasText: /^submissionId$/ }).first()).toBeVisible();
    expect(await page.locator("main").innerText()).not.toContain("`");
  });
});

/** The server process's resident memory in MB, and the CPU time it has used in seconds (Linux /proc). */
function serverUsage(pid: number): { mb: number; cpuSeconds: number } {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): user and system time in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { mb: kb / 1024, cpuSeconds: ticks / 100 };
}

test("the CSV of 10,000 screenings streams with the server's memory flat", async () => {
  test.setTimeout(180_000);
  const owner = await createTestAccount();
  const { token } = issueToken(owner.email);
  const patientId = randomUUID();
  const input = makeScreeningInput({ patient: { fullName: "Csv Bulk Patient", dateOfBirth: "1970-01-01", sexAtBirth: "female" } });
  const { rulesVersion, flags } = assess(input);
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true, timeout: 10_000 });
  const write = screeningRowWriter(db);
  // Dated long ago, under one patient of their own, so no other test's list or search meets them.
  const start = Date.UTC(2001, 0, 1);
  db.transaction(() => {
    write.patient({ id: patientId, ...input.patient, createdAt: new Date(start) });
    for (let n = 0; n < 10_000; n += 1) {
      write.screening({ id: `csv-bulk-${n}`, patientId, submissionId: randomUUID(), input, rulesVersion, flags, createdById: owner.id, createdAt: new Date(start + n * 60_000) });
    }
  })();
  db.close();

  const pid = Number(readFileSync(serverPidFile(E2E_PORT), "utf8"));
  const open = async () => {
    const response = await callApi(ORIGIN, "GET", `/screenings.csv?patient=${patientId}`, { token });
    expect(response.status).toBe(200);
    return response.body!.getReader();
  };
  const readAll = async (reader: ReadableStreamDefaultReader<Uint8Array>, counted = { bytes: 0, lines: 0 }) => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return counted;
      counted.bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) counted.lines += 1;
    }
  };
  // Two exports warm the server up (compiled code, query plans, a heap sized to the work): not measured. The
  // third is, sampled every 10 ms. (That the export reads a page of rows at a time, and nothing ahead of what is
  // taken, is shown exactly by the data-access test "reads the database a page at a time"; here is the figure.)
  const cold = serverUsage(pid);
  await readAll(await open());
  const whole = serverUsage(pid);
  await readAll(await open());
  const before = serverUsage(pid);
  let peak = before.mb;
  const sampler = setInterval(() => {
    peak = Math.max(peak, serverUsage(pid).mb);
  }, 10);
  const { bytes, lines } = await readAll(await open());
  clearInterval(sampler);
  console.log(
    `CSV of 10,000 screenings (${(bytes / 1024 / 1024).toFixed(1)} MB, ${(whole.cpuSeconds - cold.cpuSeconds).toFixed(2)} s of the server's CPU): ` +
      `server memory ${before.mb.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak`,
  );
  expect(lines).toBe(10_001);
  // The 10,000 stored inputs, parsed, with their flags would alone be more than this on top of the file itself.
  expect(peak - before.mb).toBeLessThan(64);
});
