import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const frameworkImports = {
  patterns: [
    { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/ holds plain domain functions: no React." },
    { group: ["next", "next/*"], message: "lib/ holds plain domain functions: no Next.js." },
    { group: ["@prisma/*", "prisma", "**/db/*", "**/db/**"], message: "Only the data-access layer (lib/db) touches Prisma." },
  ],
};

// lib/server is the request glue (session from cookies, the action and route wrappers, the better-auth instance):
// it may use Next.js and call lib/db, but renders nothing and never touches Prisma itself.
const serverGlueImports = {
  patterns: [frameworkImports.patterns[0], { group: ["@prisma/*", "prisma"], message: "Only the data-access layer (lib/db) touches Prisma." }],
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // Domain logic stays framework-free so it can be tested and audited on its own.
    files: ["lib/**/*.ts"],
    ignores: ["lib/db/**", "lib/server/**"],
    rules: { "no-restricted-imports": ["error", frameworkImports] },
  },
  {
    files: ["lib/server/**/*.ts"],
    rules: { "no-restricted-imports": ["error", serverGlueImports] },
  },
];

export default config;
