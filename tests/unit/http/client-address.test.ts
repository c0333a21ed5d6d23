import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { clientAddress, normaliseAddress, parseTrustedProxyHops } from "@/lib/http/client-address";

const SOCKET = "10.0.0.5";

describe("normaliseAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["  203.0.113.7 ", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["::1", "::1"],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it.each(["", "unknown", "_hidden", "203.0.113", "203.0.113.256", "example.org", "1.2.3.4, 5.6.7.8", "[1.2.3.4]x"])(
    "rejects %j",
    (raw) => {
      expect(normaliseAddress(raw)).toBeUndefined();
    },
  );
});

describe("clientAddress without trusted proxies", () => {
  it("is the socket's address, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ socketAddress: SOCKET, forwardedFor: "198.51.100.1", trustedProxyHops: 0 })).toEqual({
      kind: "socket",
      address: SOCKET,
    });
  });

  it("normalises an IPv4-mapped socket address", () => {
    expect(clientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: undefined, trustedProxyHops: 0 })).toEqual({
      kind: "socket",
      address: "127.0.0.1",
    });
  });

  it("is unknown when the connection has gone", () => {
    expect(clientAddress({ socketAddress: undefined, forwardedFor: "198.51.100.1", trustedProxyHops: 2 })).toEqual({
      kind: "unknown",
    });
  });
});

describe("clientAddress behind trusted proxies", () => {
  it.each([
    // One proxy appended the client; the client's own claim is on the left.
    { forwardedFor: "6.6.6.6, 203.0.113.7", hops: 1, expected: "203.0.113.7" },
    { forwardedFor: "203.0.113.7", hops: 1, expected: "203.0.113.7" },
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    { forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.9", hops: 2, expected: "203.0.113.7" },
    // Repeated headers arrive as an array or joined by Node.
    { forwardedFor: ["6.6.6.6", "203.0.113.7"], hops: 1, expected: "203.0.113.7" },
    { forwardedFor: "6.6.6.6,,203.0.113.7,", hops: 1, expected: "203.0.113.7" },
    { forwardedFor: "[2001:db8::7]:1234", hops: 1, expected: "2001:db8::7" },
  ])("$forwardedFor with $hops hop(s) → $expected", ({ forwardedFor, hops, expected }) => {
    expect(clientAddress({ socketAddress: SOCKET, forwardedFor, trustedProxyHops: hops })).toEqual({
      kind: "forwarded",
      address: expected,
    });
  });

  it.each([
    { forwardedFor: undefined, hops: 1 },
    { forwardedFor: "", hops: 1 },
    { forwardedFor: "203.0.113.7", hops: 2 },
    { forwardedFor: "6.6.6.6, unknown", hops: 1 },
  ])("falls back to the socket on a chain it cannot trust: $forwardedFor with $hops hop(s)", ({ forwardedFor, hops }) => {
    expect(clientAddress({ socketAddress: SOCKET, forwardedFor, trustedProxyHops: hops })).toEqual({
      kind: "untrusted-chain",
      address: SOCKET,
    });
  });
});

/** Whatever a client can put in the header: addresses, junk, commas, ports, brackets. */
const clientClaim = fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { maxLength: 6 }).map((parts) => parts.join(","));
const address = fc.oneof(fc.ipV4(), fc.ipV6());

describe("clientAddress properties", () => {
  it("a spoofed left-most entry never wins: the client is the one the outermost trusted proxy appended", () => {
    fc.assert(
      fc.property(clientClaim, address, fc.array(address, { maxLength: 4 }), address, (spoof, client, innerProxies, socket) => {
        // Each trusted proxy appends the address it received the request from.
        const forwardedFor = [spoof, client, ...innerProxies].join(", ");
        const result = clientAddress({ socketAddress: socket, forwardedFor, trustedProxyHops: innerProxies.length + 1 });
        expect(result).toEqual({ kind: "forwarded", address: normaliseAddress(client) });
      }),
      { numRuns: 500 },
    );
  });

  it("without trusted proxies the header is never read", () => {
    fc.assert(
      fc.property(clientClaim, address, (spoof, socket) => {
        expect(clientAddress({ socketAddress: socket, forwardedFor: spoof, trustedProxyHops: 0 })).toEqual({
          kind: "socket",
          address: normaliseAddress(socket),
        });
      }),
    );
  });

  it("a chain shorter than the trusted hops is never read", () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 3 }), address, fc.integer({ min: 1, max: 3 }), (chain, socket, extra) => {
        const result = clientAddress({ socketAddress: socket, forwardedFor: chain.join(", "), trustedProxyHops: chain.length + extra });
        expect(result).toEqual({ kind: "untrusted-chain", address: normaliseAddress(socket) });
      }),
    );
  });

  it("answers only with a well-formed address", () => {
    fc.assert(
      fc.property(clientClaim, address, fc.integer({ min: 0, max: 4 }), (forwardedFor, socket, hops) => {
        const result = clientAddress({ socketAddress: socket, forwardedFor, trustedProxyHops: hops });
        expect(result.kind === "unknown" ? undefined : normaliseAddress(result.address)).toBeDefined();
      }),
    );
  });
});

describe("parseTrustedProxyHops", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    [" ", 0],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
    ["10", 10],
  ])("%j → %d", (raw, expected) => {
    expect(parseTrustedProxyHops(raw)).toBe(expected);
  });

  it.each(["-1", "1.5", "one", "11", "0x1", "1e1", "true"])("refuses %j", (raw) => {
    expect(() => parseTrustedProxyHops(raw)).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
  });
});
