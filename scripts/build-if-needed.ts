/**
 * Builds the production bundle only when the sources changed since the last build, so `npm start` is quick
 * on every run after the first. The fingerprint is a hash of the files that go into the build.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const FINGERPRINT_FILE = join(".next", "source-fingerprint");

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, relative(root, join(full, name))));
}

export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((input) => filesUnder(root, input))) {
    hash.update(file).update("\0").update(readFileSync(join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

export function buildIfNeeded(root: string): void {
  const fingerprint = sourceFingerprint(root);
  const fingerprintPath = join(root, FINGERPRINT_FILE);
  const built =
    existsSync(join(root, ".next", "BUILD_ID")) &&
    existsSync(fingerprintPath) &&
    readFileSync(fingerprintPath, "utf8") === fingerprint;
  if (built) return;
  console.log("Building the app (first run or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  writeFileSync(fingerprintPath, fingerprint);
}
