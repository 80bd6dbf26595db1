import { BlockList, isIP } from "node:net";

/**
 * The client address the login limit counts against. It is the TCP peer of the app server, unless
 * that peer is one of the configured reverse proxies (`KAKANAI_TRUSTED_PROXIES`: addresses or CIDR
 * ranges, comma separated): then it is the right-most X-Forwarded-For entry that is not itself a
 * trusted proxy — the address the outermost of our proxies saw. Entries to the left of it were
 * written by the client and are never believed.
 *
 * Next.js does not hand route handlers the socket, and it keeps a client's own X-Forwarded-For
 * (it only fills the header in when absent), so the peer comes from `peerHeader`, which
 * `installPeerStamp` (http/peer-stamp.ts, run by each app's instrumentation.ts) writes on every
 * incoming request from `req.socket.remoteAddress`, replacing anything a client sent under that name.
 */
export const peerHeader = "x-kakanai-peer";

/** A parsed KAKANAI_TRUSTED_PROXIES; throws (at start) on an entry that is no address or range. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (family === 0) throw new Error(`KAKANAI_TRUSTED_PROXIES: 「${entry}」はIPアドレスではありません。`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32))
        throw new Error(`KAKANAI_TRUSTED_PROXIES: 「${entry}」の範囲が正しくありません。`);
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

/** An address as sockets and proxies write it: IPv4-mapped IPv6 (::ffff:10.0.0.1) becomes IPv4. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The address to count a login against. `peer` null means there is no socket to ask (a handler
 * called in-process, as the api's tests do): then null, counted per account only. In the apps the
 * peer stamp always runs (next.ts logs an error when it did not).
 */
export function clientAddress(params: {
  peer: string | null;
  forwardedFor: string | null;
  trusted: BlockList;
}): string | null {
  const peer = normalizeAddress(params.peer);
  if (!peer) return null;
  if (!isTrusted(params.trusted, peer)) return peer;
  const hops = (params.forwardedFor ?? "").split(",").map(normalizeAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    // A malformed entry where the proxy chain should be: stop believing the header there.
    if (!hop) return peer;
    if (!isTrusted(params.trusted, hop)) return hop;
  }
  return peer;
}
