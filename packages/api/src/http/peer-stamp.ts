import { type IncomingMessage, Server } from "node:http";
import { peerHeader } from "./client-address";

const installed = Symbol.for("kakanai.peerStamp");

/**
 * Writes the TCP peer of every request the process's HTTP servers receive into `x-kakanai-peer`,
 * replacing whatever a client sent under that name, before Next sees the request. Call once per
 * process, from the app's instrumentation.ts (it runs in the `next start` / `next dev` process
 * before requests are handled). Route handlers believe the header only when this ran
 * (`peerStampInstalled`).
 */
export function installPeerStamp(): void {
  const g = globalThis as { [installed]?: boolean };
  if (g[installed]) return;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      const address = req.socket?.remoteAddress;
      if (address) req.headers[peerHeader] = address;
      else delete req.headers[peerHeader];
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  g[installed] = true;
}

export function peerStampInstalled(): boolean {
  return (globalThis as { [installed]?: boolean })[installed] === true;
}
