import type { Db } from "@kakanai/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { type PdfKind, pdfResponse } from "./pdf/pdf-response";
import { appRouter } from "./root";

export interface TrpcRouteHandlerOptions {
  /** Lazily returns the app's pool (created once from env.ts's DATABASE_URL). */
  getDb: () => Db | Promise<Db>;
  cookieName: string;
}

/** For app/api/trpc/[trpc]/route.ts: `export const GET = handler; export const POST = handler;`. */
export function createTrpcRouteHandler(
  options: TrpcRouteHandlerOptions,
): (req: Request) => Promise<Response> {
  return async (req) => {
    const db = await options.getDb();
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: ({ resHeaders }) =>
        createContext({
          db,
          headers: req.headers,
          resHeaders,
          cookieName: options.cookieName,
          secure: isHttps(req),
        }),
      onError: ({ error, path }) => {
        // Log the code and path only: inputs and messages may carry residents' data.
        if (error.code === "INTERNAL_SERVER_ERROR")
          console.error(`tRPC ${path ?? "?"} failed`, error.cause?.name);
      },
    });
  };
}

export interface PdfRouteHandlerOptions extends TrpcRouteHandlerOptions {
  kind: PdfKind;
}

/** For app/api/pdf/<kind>/route.ts: `export const GET = createPdfRouteHandler({ …, kind: "slip" })`. */
export function createPdfRouteHandler(options: PdfRouteHandlerOptions): (req: Request) => Promise<Response> {
  return async (req) => {
    const db = await options.getDb();
    const ctx = await createContext({
      db,
      headers: req.headers,
      resHeaders: new Headers(),
      cookieName: options.cookieName,
      secure: isHttps(req),
    });
    return pdfResponse(db, { kind: options.kind, user: ctx.user, url: new URL(req.url) });
  };
}

function isHttps(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
}
