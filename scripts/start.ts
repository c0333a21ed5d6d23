/**
 * `npm start`: prepare the embedded database, build when needed, and serve the app.
 */
import { fileURLToPath } from "node:url";

import { serveApp } from "./serve-app";

const port = process.env.PORT ?? "3000";

serveApp({
  root: fileURLToPath(new URL("..", import.meta.url)),
  port,
  onReady: () => console.log(`\nKetamine pre-treatment screening is running at http://localhost:${port}\n`),
});
