import { type Db, isConnectionError, retryReadOnce } from "@kakanai/db";
import type { AnyRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { createContext } from "./context";
import { handoffResponse } from "./handoff/handoff";
import {
  bodyLimitFor,
  boundTrpcRequest,
  problems,
  type RequestProblem,
  requestLimits,
  trpcPaths,
  urlProblem,
} from "./http/bounded-request";
import { clientAddress, peerHeader } from "./http/client-address";
import { type HttpSettings, parseHttpSettings } from "./http/http-settings";
import { peerStampInstalled } from "./http/peer-stamp";
import { cookieSecure, crossSiteProblem } from "./http/same-origin";
import { type PdfKind, pdfResponse } from "./pdf/pdf-response";
import { appRouter } from "./root";

export interface TrpcRouteHandlerOptions {
  /** Lazily returns the app's pool (created once from env.ts's DATABASE_URL). */
  getDb: () => Db | Promise<Db>;
  cookieName: string;
  /** The deployment's trusted proxies, allowed origins and cookie setting (the app's env.ts). */
  settings?: () => HttpSettings;
  /** The router served (default: the staff apps' appRouter; the public portal: portalAppRouter). */
  router?: AnyRouter;
  /** The public portal only: the city it serves by name (its env.ts). */
  portalCity?: () => string | null;
}

const defaultSettings = parseHttpSettings();
let warnedNoPeer = false;

/**
 * What createContext needs from the request beyond the cookie: the client address for the login
 * limit (http/client-address.ts) and whether the cookie goes out with Secure.
 */
function requestFacts(req: Request, settings: HttpSettings) {
  let peer: string | null = null;
  if (peerStampInstalled()) peer = req.headers.get(peerHeader);
  else if (!warnedNoPeer) {
    warnedNoPeer = true;
    console.error(
      "接続元アドレスが分かりません（instrumentation.ts の installPeerStamp が動いていません）。",
    );
  }
  return {
    address: clientAddress({
      peer,
      forwardedFor: req.headers.get("x-forwarded-for"),
      trusted: settings.trustedProxies,
    }),
    secure: cookieSecure(req.headers, settings.cookieSecure),
    sessionIdleMs: settings.sessionIdleMs,
  };
}

const endpoint = "/api/trpc";
const noStore = { "Cache-Control": "no-store" };
const uncompressed = { "Cache-Control": "no-store, no-transform" };

/**
 * For app/api/trpc/[trpc]/route.ts: `export const GET = handler; export const POST = handler;`.
 * Every request is bounded first (http/bounded-request.ts): a body past its limit is a 413 before it
 * is parsed, malformed or hostile JSON a 400, each with a Japanese message in tRPC's error shape.
 */
export function createTrpcRouteHandler(
  options: TrpcRouteHandlerOptions,
): (req: Request) => Promise<Response> {
  return async (req) => {
    const url = new URL(req.url);
    const isBatch = url.searchParams.get("batch") === "1";
    const paths = trpcPaths(url, endpoint);
    if (!paths) return trpcProblem(problems.badPath(), ["?"], isBatch);
    const settings = options.settings?.() ?? defaultSettings;
    // Every mutation (tRPC sends them as POST) must come from this app's own pages.
    const crossSite = req.method === "GET" ? null : crossSiteProblem(req.headers, settings.allowedOrigins);
    if (crossSite) return trpcProblem(crossSite, paths, isBatch);
    const facts = requestFacts(req, settings);
    const router = options.router ?? appRouter;
    // A larger limit (a flow draft, a form PDF) only for a procedure this app serves: the portal
    // reads no 8 MB body for a studio path it answers 404 anyway.
    const served = paths.filter((p) => Object.hasOwn(router._def.procedures, p));
    const bounded = await boundTrpcRequest(req, { maxBytes: bodyLimitFor(served), isBatch });
    if ("problem" in bounded) return trpcProblem(bounded.problem, paths, isBatch);
    const db = await options.getDb();
    // A read (GET: queries) that lost its database connection is run once more on a fresh one, so a
    // database restart shows only the requests in flight; writes are never repeated.
    let connectionLost = false;
    const handle = (request: Request) =>
      fetchRequestHandler({
        endpoint,
        req: request,
        router,
        maxBatchSize: requestLimits.batchCalls,
        // Never cached (personal data). Mutations (every answer) are not gzipped by Next either: on a
        // counter's LAN, compressing a few KB of JSON per answer cost the server about a tenth of its
        // CPU (bench/LOAD.md), and Next's compression skips a response marked no-transform. Reads
        // stay compressed: counter.session carries the whole bundle (hundreds of KB), once per
        // reception. A busy print pool or an unreachable database: tell the client when to retry.
        responseMeta: ({ errors, type }) => {
          const headers: Record<string, string> = type === "mutation" ? { ...uncompressed } : { ...noStore };
          if (errors.some((e) => e.code === "SERVICE_UNAVAILABLE")) headers["Retry-After"] = "5";
          return { headers };
        },
        createContext: ({ resHeaders }) =>
          createContext({
            db,
            headers: req.headers,
            resHeaders,
            cookieName: options.cookieName,
            portalCity: options.portalCity?.() ?? null,
            ...facts,
          }),
        onError: ({ error, path }) => {
          if (isConnectionError(error.cause)) connectionLost = true;
          // Log the code and path only: inputs and messages may carry residents' data.
          else if (error.code === "INTERNAL_SERVER_ERROR")
            console.error(`tRPC ${path ?? "?"} failed`, error.cause?.name);
        },
      });
    if (req.method !== "GET") return handle(bounded.request);
    const first = await handle(bounded.request);
    if (!connectionLost) return first;
    connectionLost = false;
    await new Promise((r) => setTimeout(r, 100));
    const second = await handle(bounded.request.clone());
    if (connectionLost) console.error("tRPC read failed twice: database unreachable");
    return second;
  };
}

export interface PdfRouteHandlerOptions extends TrpcRouteHandlerOptions {
  kind: PdfKind;
}

/** For app/api/pdf/<kind>/route.ts: `export const GET = createPdfRouteHandler({ …, kind: "slip" })`. */
export function createPdfRouteHandler(options: PdfRouteHandlerOptions): (req: Request) => Promise<Response> {
  return async (req) => {
    const problem = urlProblem(req);
    if (problem) return textProblem(problem);
    // A GET carries nothing in its body that a PDF needs: never read it.
    await req.body?.cancel().catch(() => {});
    const settings = options.settings?.() ?? defaultSettings;
    // A print is recorded as an event: a link on another site must not make a clerk's browser print.
    const crossSite = crossSiteProblem(req.headers, settings.allowedOrigins);
    if (crossSite) return textProblem(crossSite);
    const facts = requestFacts(req, settings);
    const db = await options.getDb();
    const ctx = await createContext({
      db,
      headers: req.headers,
      resHeaders: new Headers(),
      cookieName: options.cookieName,
      ...facts,
    });
    const user = await retryReadOnce(() => ctx.loadUser());
    return pdfResponse(db, { kind: options.kind, user, url: new URL(req.url) });
  };
}

/**
 * For app/api/handoff/route.ts: the 基幹系 reads completed receptions with its own token (no cookie,
 * no browser), so no Origin check applies; the request is bounded like every other.
 */
export function createHandoffRouteHandler(options: {
  getDb: () => Promise<Db> | Db;
}): (req: Request) => Promise<Response> {
  return async (req) => {
    const problem = urlProblem(req);
    if (problem) return textProblem(problem);
    await req.body?.cancel().catch(() => {});
    const db = await options.getDb();
    return handoffResponse(db, { authorization: req.headers.get("authorization"), url: new URL(req.url) });
  };
}

/** A refused request in tRPC's own error shape (one per call when batched), so the client shows the message. */
function trpcProblem(problem: RequestProblem, paths: readonly string[], isBatch: boolean): Response {
  const shape = (path: string) => ({
    error: superjson.serialize({
      message: problem.message,
      code: TRPC_ERROR_CODES_BY_KEY[problem.code],
      data: { code: problem.code, httpStatus: problem.status, path, zodError: null },
    }),
  });
  const body = isBatch ? paths.slice(0, requestLimits.batchCalls).map(shape) : shape(paths[0] ?? "?");
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "Content-Type": "application/json", ...uncompressed },
  });
}

function textProblem(problem: RequestProblem): Response {
  return new Response(problem.message, {
    status: problem.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
