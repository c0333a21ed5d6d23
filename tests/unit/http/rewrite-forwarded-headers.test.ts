import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { rewriteForwardedHeaders } from "@/lib/http/rewrite-forwarded-headers";

const SOCKET = "::ffff:10.0.0.5";

/** A request as a client could send it, claiming another address and HTTPS in every way it can. */
const spoofed = {
  host: "clinic.example",
  accept: "text/html",
  cookie: "session=abc",
  "x-forwarded-for": "6.6.6.6",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  "x-forwarded-port": "443",
  "x-real-ip": "6.6.6.6",
  "x-client-ip": "6.6.6.6",
  "true-client-ip": "6.6.6.6",
  "cf-connecting-ip": "6.6.6.6",
  forwarded: "for=6.6.6.6;proto=https",
};

describe("rewriteForwardedHeaders without trusted proxies", () => {
  const { headers, clientAddress } = rewriteForwardedHeaders(spoofed, { socketAddress: SOCKET, trustedProxyHops: 0 });

  it("sets X-Forwarded-For to the socket's address, not the client's claim", () => {
    expect(headers["x-forwarded-for"]).toBe("10.0.0.5");
    expect(clientAddress).toEqual({ kind: "socket", address: "10.0.0.5" });
  });

  it("drops every other client-claimed address, host and protocol header", () => {
    expect(Object.keys(headers).sort()).toEqual(["accept", "cookie", "host", "x-forwarded-for"]);
  });

  it("keeps the other headers as they were", () => {
    expect(headers).toMatchObject({ host: "clinic.example", accept: "text/html", cookie: "session=abc" });
  });

  it("does not change the headers it was given", () => {
    expect(spoofed["x-forwarded-for"]).toBe("6.6.6.6");
  });
});

describe("rewriteForwardedHeaders behind one trusted TLS proxy", () => {
  const fromProxy = { ...spoofed, "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-proto": "https" };

  it("takes the client address the proxy appended and the protocol it saw", () => {
    const { headers, clientAddress } = rewriteForwardedHeaders(fromProxy, { socketAddress: SOCKET, trustedProxyHops: 1 });
    expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
    expect(headers["x-forwarded-proto"]).toBe("https");
    expect(clientAddress.kind).toBe("forwarded");
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
  });

  it.each([
    ["HTTPS", "https"],
    ["https, http", "http"],
    ["http,https", "https"],
    ["gopher", undefined],
    ["", undefined],
  ])("X-Forwarded-Proto %j → %j (the nearest proxy's value, http or https only)", (proto, expected) => {
    const { headers } = rewriteForwardedHeaders({ ...fromProxy, "x-forwarded-proto": proto }, { socketAddress: SOCKET, trustedProxyHops: 1 });
    expect(headers["x-forwarded-proto"]).toBe(expected);
  });
});

describe("rewriteForwardedHeaders properties", () => {
  const headerName = fc.oneof(
    fc.constantFrom("x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-prefix", "x-real-ip", "forwarded"),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  );
  const headerRecord = fc.dictionary(headerName, fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })));

  it("without trusted proxies the app sees exactly the socket's address and no forwarded protocol", () => {
    fc.assert(
      fc.property(headerRecord, fc.ipV4(), (headers, socket) => {
        const rewritten = rewriteForwardedHeaders(headers, { socketAddress: socket, trustedProxyHops: 0 }).headers;
        expect(rewritten["x-forwarded-for"]).toBe(socket);
        expect(rewritten["x-forwarded-proto"]).toBeUndefined();
        const claims = Object.keys(rewritten).filter((name) => /^(x-forwarded-|x-real-ip$|forwarded$)/.test(name));
        expect(claims).toEqual(["x-forwarded-for"]);
      }),
    );
  });

  it("leaves every unrelated header untouched", () => {
    fc.assert(
      fc.property(headerRecord, fc.ipV4(), fc.integer({ min: 0, max: 3 }), (headers, socket, hops) => {
        const rewritten = rewriteForwardedHeaders(headers, { socketAddress: socket, trustedProxyHops: hops }).headers;
        for (const [name, value] of Object.entries(headers)) {
          if (!/^(x-forwarded-|x-real-ip$|forwarded$)/.test(name)) expect(rewritten[name]).toEqual(value);
        }
      }),
    );
  });
});
