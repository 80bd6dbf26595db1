// The app is the composition root: it hands the one pool to the api's route handler.
// Server only: imported by route handlers, never by a client component.
import { sharedDb } from "@kakanai/api";
import { env } from "@/env";

export const getDb = () => sharedDb(env.databaseUrl);
