/**
 * First-load JavaScript of every page the build serves, against the budget in javascript-budget.json: each
 * page is fetched as the person who sees it (the sign-in steps anonymous, enrolment before enrolling, admin
 * pages as an admin, the rest as a clinician, dynamic routes with a real screening and patient), and the
 * gzip size of every script it loads is summed (tests/support/javascript-size.ts). Prints the whole table.
 */
import { builtRoutes } from "./support/app-routes";
import { E2E_AUTH_SECRET, E2E_DATABASE_FILE, E2E_PORT } from "./support/environment";
import { expect, test } from "./support/csp-console";
import {
  budgetFor,
  formatScriptList,
  formatSizeTable,
  measurePage,
  pageVisits,
  readJavascriptBudget,
  seedPageWalk,
} from "@/tests/support/javascript-size";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

test("every page's first-load JavaScript is within its budget", async () => {
  const budget = readJavascriptBudget();
  const records = seedPageWalk(E2E_DATABASE_FILE, E2E_AUTH_SECRET);
  const pages = [];
  for (const visit of pageVisits(builtRoutes().pages, records)) {
    pages.push(await measurePage(ORIGIN, visit, visit.audience === "anonymous" ? undefined : records.cookies[visit.audience]));
  }
  console.log(`First-load JavaScript, gzip (kB = 1000 bytes):\n${formatSizeTable(pages, budget)}`);
  const over = pages.filter((page) => page.gzipBytes > budgetFor(budget, page.route));
  for (const page of over) console.log(`${page.route}, largest scripts first:\n${formatScriptList(page)}`);
  expect(over.map((page) => page.route)).toEqual([]);
  // A page that loaded no script at all was not the page (an error or a redirect answered in its place).
  for (const page of pages) expect(page.scripts.length, page.route).toBeGreaterThan(0);
});
