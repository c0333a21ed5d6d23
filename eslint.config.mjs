import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// zod probes `new Function` unless configured first; the Content Security Policy reports that (lib/validation/zod.ts).
const configuredZod = {
  regex: "^zod(/|$)",
  message: 'Import { z } from "@/lib/validation/zod": zod configured for the Content Security Policy.',
};

const frameworkImports = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/ holds plain domain functions: no React." },
  { group: ["next", "next/*"], message: "lib/ holds plain domain functions: no Next.js." },
  { group: ["@prisma/*", "prisma", "**/db/*", "**/db/**"], message: "Only the data-access layer (lib/db) touches Prisma." },
];

// lib/server is the request glue (session from cookies, the action and route wrappers, the better-auth instance):
// it may use Next.js and call lib/db, but renders nothing and never touches Prisma itself.
const serverGlueImports = [
  frameworkImports[0],
  { group: ["@prisma/*", "prisma"], message: "Only the data-access layer (lib/db) touches Prisma." },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", "bench/next-floor/.next/**", "node_modules/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx,mts}"],
    ignores: ["lib/validation/zod.ts", "lib/validation/zod-members.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [configuredZod] }] },
  },
  {
    // Domain logic stays framework-free so it can be tested and audited on its own.
    files: ["lib/**/*.ts"],
    ignores: ["lib/db/**", "lib/server/**", "lib/validation/zod.ts", "lib/validation/zod-members.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...frameworkImports, configuredZod] }] },
  },
  {
    files: ["lib/server/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...serverGlueImports, configuredZod] }] },
  },
];

export default config;
