import http from "node:http";
import https from "node:https";
import { SOCKET_ADDRESS_HEADER } from "./client-ip";

const installed = Symbol.for("interviewmaster.socketAddressHeader");

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Next.js gives route handlers no socket, and keeps a client's own X-Forwarded-For instead of
 * the peer address, so every HTTP server of this process stamps the peer address into
 * SOCKET_ADDRESS_HEADER before Next.js sees the request (replacing whatever the client sent).
 * Installed once per process from instrumentation.ts; idempotent across hot reloads.
 */
export function installSocketAddressHeader(): void {
  for (const server of [http.Server, https.Server]) {
    const proto = server.prototype as { emit: Emit; [installed]?: true };
    if (proto[installed]) continue;
    const original: Emit = proto.emit;
    proto.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampSocketAddress(args[0] as http.IncomingMessage);
      return original.call(this, event, ...args);
    };
    proto[installed] = true;
  }
}

export function stampSocketAddress(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  // A client's copy of the header never survives, even when the peer address is unknown.
  // IPv4 peers of a dual-stack socket read "::ffff:203.0.113.7"; the log shows the IPv4 form.
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address.replace(/^::ffff:(?=\d+\.)/, "");
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
