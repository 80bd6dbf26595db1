// The app is the composition root: it hands the one pool to the api's route handler.
import { type HttpSettings, parseHttpSettings, sharedDb } from "@kakanai/api";
import { serverEnv } from "@/env";

export const getDb = () => sharedDb(serverEnv().DATABASE_URL);

let settings: HttpSettings | undefined;
/** Trusted proxies and allowed origins, parsed once (a bad value fails the first request). */
export const httpSettings = () => (settings ??= parseHttpSettings(serverEnv().http));

export const portalCity = () => serverEnv().city;
