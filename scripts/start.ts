/**
 * `npm start`: prepare the embedded database, build when needed, and serve the app.
 * Each step is the same command a maintainer would run by hand, so there is one way to do each thing.
 */
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { buildIfNeeded } from "./build-if-needed";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = process.env.PORT ?? "3000";

function run(script: string): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n\`npm run ${script}\` failed (exit code ${result.status}); the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

run("db:generate");
run("db:migrate");
buildIfNeeded(root);

const server = spawn("npx", ["next", "start", "--port", port], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
});
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready/i.test(chunk.toString())) {
    announced = true;
    console.log(`\nKetamine pre-treatment screening is running at http://localhost:${port}\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
