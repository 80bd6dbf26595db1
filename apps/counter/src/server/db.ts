// The app is the composition root: it hands the one pool to the api's route handlers.
// Nothing else in the counter touches the database.
import { type HttpSettings, parseHttpSettings, sharedDb } from "@kakanai/api";
import { serverEnv } from "@/env";

export const getDb = () => sharedDb(serverEnv().DATABASE_URL);

let settings: HttpSettings | undefined;
/** Trusted proxies, allowed origins and the cookie setting, parsed once (a bad value fails the first request). */
export const httpSettings = () => (settings ??= parseHttpSettings(serverEnv().http));
