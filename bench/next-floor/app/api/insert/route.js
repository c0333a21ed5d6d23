// The framework floor of `npm run bench:api`: the least a Next.js route handler can do for a write, one row
// inserted with better-sqlite3 (prepared once), no validation, no ORM, no session. Plain JavaScript so that
// Next.js builds this folder without a TypeScript set-up of its own.
import { randomUUID } from "node:crypto";

import Database from "better-sqlite3";

const db = new Database(process.env.FLOOR_DATABASE_FILE);
db.pragma("journal_mode = WAL");
// As durable as the app (lib/db/sqlite-adapter.server.ts): every acknowledged write is on disk.
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS floor (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)");
const insert = db.prepare("INSERT INTO floor (id, body, created_at) VALUES (?, ?, ?)");

export async function POST(request) {
  const body = await request.text();
  const id = randomUUID();
  insert.run(id, body, new Date().toISOString());
  return Response.json({ id }, { status: 201 });
}
