import { describe, expect, it } from "vitest";

import { isWildcardHost, serverUrl } from "@/lib/http/server-url";

describe("serverUrl", () => {
  it.each([
    ["127.0.0.1", 3000, "http://127.0.0.1:3000"],
    ["localhost", "3400", "http://localhost:3400"],
    ["::1", 3000, "http://[::1]:3000"],
    ["fe80::1", 8080, "http://[fe80::1]:8080"],
    ["clinic.internal", 80, "http://clinic.internal:80"],
    ["0.0.0.0", 3000, "http://localhost:3000"],
    ["::", 3000, "http://localhost:3000"],
  ])("%s:%s → %s", (host, port, expected) => {
    expect(serverUrl(host, port)).toBe(expected);
  });

  it("knows the wildcard hosts", () => {
    expect(isWildcardHost("0.0.0.0")).toBe(true);
    expect(isWildcardHost("::")).toBe(true);
    expect(isWildcardHost("127.0.0.1")).toBe(false);
  });
});
