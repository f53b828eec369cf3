/** Which proxy headers the client address is taken from (issue 12: forged X-Forwarded-For). */
import fc from "fast-check";
import { addressBehindProxies, clientIp, SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";
import { resetEnvForTests } from "@/lib/env";
import { installSocketAddressHeader, stampSocketAddress } from "@/lib/api/socket-address";
import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

function withEnv(vars: Record<string, string | undefined>, fn: () => void) {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  resetEnvForTests();
  try {
    fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvForTests();
  }
}

const ipv4 = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255))
  .map((parts) => parts.join("."));

describe("clientIp", () => {
  it("with TRUST_PROXY_HOPS=0 (the default) is the socket address, whatever a client forwards", () => {
    withEnv({ TRUST_PROXY_HOPS: undefined, VERCEL: undefined }, () => {
      fc.assert(
        fc.property(ipv4, fc.array(ipv4, { maxLength: 5 }), ipv4, (socket, forged, realIp) => {
          const headers = new Headers({
            [SOCKET_ADDRESS_HEADER]: socket,
            "x-forwarded-for": forged.join(", "),
            "x-real-ip": realIp,
            "x-vercel-forwarded-for": realIp,
          });
          return clientIp(headers) === socket;
        }),
        { numRuns: 200 },
      );
      expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
    });
  });

  it("with n hops is the n-th address from the right; whatever the client prepends is ignored", () => {
    fc.assert(
      fc.property(
        fc.array(ipv4, { maxLength: 4 }),
        ipv4,
        fc.array(ipv4, { maxLength: 3 }),
        (forged, client, proxies) => {
          // The client forges `forged`; the first trusted proxy appends `client`, each further
          // proxy appends the previous proxy's address.
          const chain = [...forged, client, ...proxies];
          return addressBehindProxies(chain, proxies.length + 1) === client;
        },
      ),
      { numRuns: 200 },
    );
    expect(addressBehindProxies([], 1)).toBeNull();
    // Fewer entries than hops (a request that skipped a proxy): the leftmost one.
    expect(addressBehindProxies(["198.51.100.1"], 2)).toBe("198.51.100.1");
    withEnv({ TRUST_PROXY_HOPS: "1", VERCEL: undefined }, () => {
      const headers = new Headers({
        [SOCKET_ADDRESS_HEADER]: "10.0.0.2",
        "x-forwarded-for": "6.6.6.6, 203.0.113.7",
      });
      expect(clientIp(headers)).toBe("203.0.113.7");
      // No forwarded header at all: the socket address.
      expect(clientIp(new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2" }))).toBe("10.0.0.2");
    });
    withEnv({ TRUST_PROXY_HOPS: "2", VERCEL: undefined }, () => {
      const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.1.1.1" });
      expect(clientIp(headers)).toBe("203.0.113.7");
    });
  });

  it("on Vercel is Vercel's own x-vercel-forwarded-for", () => {
    withEnv({ VERCEL: "1", TRUST_PROXY_HOPS: undefined }, () => {
      const headers = new Headers({
        "x-vercel-forwarded-for": "203.0.113.5",
        "x-forwarded-for": "6.6.6.6",
      });
      expect(clientIp(headers)).toBe("203.0.113.5");
    });
  });

  it("the server stamps the socket address over any copy of the header a client sent", () => {
    const request = {
      headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6" },
      socket: { remoteAddress: "::ffff:198.51.100.4" },
    } as unknown as IncomingMessage;
    stampSocketAddress(request);
    expect(request.headers[SOCKET_ADDRESS_HEADER]).toBe("198.51.100.4");
    const noSocket = {
      headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6" },
      socket: {},
    } as unknown as IncomingMessage;
    stampSocketAddress(noSocket);
    expect(noSocket.headers[SOCKET_ADDRESS_HEADER]).toBeUndefined();
  });
});

describe("installSocketAddressHeader", () => {
  it("makes every HTTP server of the process see the real peer address, not the client's claim", async () => {
    installSocketAddressHeader();
    installSocketAddressHeader(); // idempotent (dev hot reload)
    const server = http.createServer((req, res) => {
      res.end(JSON.stringify({ seen: req.headers[SOCKET_ADDRESS_HEADER] ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
      });
      expect(await res.json()).toEqual({ seen: "127.0.0.1" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
