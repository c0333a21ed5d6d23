/**
 * Belt and braces with the ESLint rule in eslint.config.mjs: the domain under lib/ (all but the data-access
 * layer lib/db/ and the request glue lib/server/) must not import React, Next.js or Prisma, so it stays testable and
 * auditable on its own. lib/server may use Next.js but never React or Prisma.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const LIB = path.join(process.cwd(), "lib");
const EXCLUDED = [path.join(LIB, "db"), path.join(LIB, "server")];

const FORBIDDEN = /^(react|react-dom|next)(\/|$)|^@prisma\/|^prisma$/;

/** Module specifiers of static imports/exports, dynamic imports and require calls. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

function forbiddenImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] as string).filter((spec) => FORBIDDEN.test(spec));
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return EXCLUDED.includes(full) ? [] : typeScriptFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("lib/ stays framework-free", () => {
  it("recognises the imports it forbids", () => {
    expect(
      forbiddenImports(`
        import React from "react";
        import { redirect } from 'next/navigation';
        import type { Prisma } from "@prisma/client";
        export * from "react-dom/client";
        const lazy = await import("next");
        const old = require("prisma");
        import "./not-react";
        import { z } from "zod";
        import { nextThing } from "./next";
      `),
    ).toEqual(["react", "next/navigation", "@prisma/client", "react-dom/client", "next", "prisma"]);
  });

  it("finds the domain files to scan", () => {
    const files = typeScriptFiles(LIB).map((file) => path.relative(LIB, file));
    expect(files).toContain(path.join("rules", "assess.ts"));
    expect(files.some((file) => file.startsWith(`db${path.sep}`))).toBe(false);
  });

  it("lib/server/ imports neither React nor Prisma", () => {
    const offenders = readdirSync(path.join(LIB, "server"))
      .map((name) => path.join(LIB, "server", name))
      .flatMap((file) => forbiddenImports(readFileSync(file, "utf8")).filter((spec) => !spec.startsWith("next")).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  it("no file under lib/ outside lib/db/ and lib/server/ imports React, Next.js or Prisma", () => {
    const offenders = typeScriptFiles(LIB).flatMap((file) =>
      forbiddenImports(readFileSync(file, "utf8")).map((spec) => `${path.relative(process.cwd(), file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
