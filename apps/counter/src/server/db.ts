// The app is the composition root: it hands the one pool to the api's route handlers.
// Nothing else in the counter touches the database.
import { sharedDb } from "@kakanai/api";
import { serverEnv } from "@/env";

export const getDb = () => sharedDb(serverEnv().DATABASE_URL);
