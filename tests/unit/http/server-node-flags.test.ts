/** The app server's heap limit (scripts/server-node-flags.ts): a default, a setting, and a clear refusal. */
import { describe, expect, it } from "vitest";

import { DEFAULT_HEAP_LIMIT_MB, serverNodeFlags } from "@/scripts/server-node-flags";

describe("the app server's node flags", () => {
  it("limit the old generation to the default when APP_HEAP_LIMIT_MB is unset or blank", () => {
    expect(serverNodeFlags({})).toEqual([`--max-old-space-size=${DEFAULT_HEAP_LIMIT_MB}`]);
    expect(serverNodeFlags({ APP_HEAP_LIMIT_MB: " " })).toEqual([`--max-old-space-size=${DEFAULT_HEAP_LIMIT_MB}`]);
  });

  it("take a whole number of megabytes from APP_HEAP_LIMIT_MB", () => {
    expect(serverNodeFlags({ APP_HEAP_LIMIT_MB: "2048" })).toEqual(["--max-old-space-size=2048"]);
  });

  it.each(["abc", "512MB", "1.5", "-1", "64"])("refuse APP_HEAP_LIMIT_MB=%s, naming the setting", (value) => {
    expect(() => serverNodeFlags({ APP_HEAP_LIMIT_MB: value })).toThrow(/APP_HEAP_LIMIT_MB must be a whole number of megabytes, at least 128/);
  });
});
