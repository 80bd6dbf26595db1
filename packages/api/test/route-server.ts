import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/**
 * The Next apps' route handlers behind a plain node:http server, as `next start` calls them: each
 * request goes to the first handler whose path prefix matches (else 404). A handler that throws
 * answers 599, which every fuzz counts as a failure (≥ 500). Next accepts long URLs and headers; so
 * does this server, so that the handlers' own limits are the ones met.
 */
export async function serveRouteHandlers(
  routes: readonly { prefix: string; handler: (req: Request) => Promise<Response> }[],
): Promise<{ server: Server; base: string }> {
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    let response: Response;
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers.append(req.rawHeaders[i] ?? "", req.rawHeaders[i + 1] ?? "");
      // The peer stamp (if the test installed it) wrote the TCP peer into the parsed headers only.
      const peer = req.headers["x-kakanai-peer"];
      if (typeof peer === "string") headers.set("x-kakanai-peer", peer);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: "half",
      } as RequestInit);
      const route = routes.find((r) => url.pathname.startsWith(r.prefix));
      response = route ? await route.handler(request) : new Response("not found", { status: 404 });
    } catch (error) {
      console.error("route server: handler threw", error instanceof Error ? error.name : typeof error);
      response = new Response("handler threw", { status: 599 });
    }
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, [...response.headers.entries()].flat());
    res.end(body);
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Connect from this local address (a loopback 127.x.y.z: its own TCP peer). */
  localAddress?: string;
  /** An upload the server may cut off while it is still being sent: resolve with status 0 then. */
  mayBeCutOff?: boolean;
}

export interface RawResponse {
  status: number;
  body: string;
  setCookie?: string;
}

/** One request on its own connection; a refused upload's answer counts even if the socket closed. */
export function sendRaw(base: string, req: RawRequest): Promise<RawResponse> {
  const headers: Record<string, string> = { ...req.headers, connection: "close" };
  if (req.body !== undefined) headers["content-length"] = String(Buffer.byteLength(req.body));
  return new Promise((resolve, reject) => {
    let settled = false;
    let finish: (() => void) | null = null;
    const r = httpRequest(
      `${base}${req.path}`,
      { method: req.method, headers, agent: false, localAddress: req.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        finish = () => {
          if (settled) return;
          settled = true;
          const setCookie = res.headers["set-cookie"]?.[0];
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), setCookie });
        };
        res.on("end", finish);
        res.on("error", finish);
        res.on("close", finish);
      },
    );
    r.on("error", (error) => {
      if (settled) return;
      if (finish) finish();
      else if (req.mayBeCutOff) {
        settled = true;
        resolve({ status: 0, body: `connection closed while sending: ${error.message}` });
      } else reject(error);
    });
    r.end(req.body);
  });
}
