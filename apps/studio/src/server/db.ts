// The app is the composition root: it hands the one pool to the api's route handler.
// Server only: imported by route handlers, never by a client component.
import { type HttpSettings, parseHttpSettings, sharedDb } from "@kakanai/api";
import { env } from "@/env";

export const getDb = () => sharedDb(env.databaseUrl);

let settings: HttpSettings | undefined;
/** Trusted proxies, allowed origins and the cookie setting, parsed once (a bad value fails the first request). */
export const httpSettings = () => (settings ??= parseHttpSettings(env.http));
