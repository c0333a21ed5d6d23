import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the generated secret lives: the git-ignored data folder, next to the embedded database. */
export function authSecretFile(root: string = process.cwd()): string {
  return path.join(root, "data", "auth-secret");
}

/**
 * The secret that signs cookies and encrypts second-factor secrets. `AUTH_SECRET` wins (every app server of a
 * deployment must share it); otherwise it is generated once into data/auth-secret, readable by the owner only.
 * Creating the file exclusively means two processes starting at once agree on one secret.
 */
export function loadAuthSecret(env: NodeJS.ProcessEnv = process.env, root?: string): string {
  const given = env.AUTH_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters long");
    return given;
  }
  const file = authSecretFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it and start again`);
  return secret;
}
