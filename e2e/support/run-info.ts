import { readFileSync } from "node:fs";
import { join } from "node:path";

export const RUN_FILE = join(import.meta.dirname, "..", ".out", "run.json");

export interface RunInfo {
  loginPrefix: string;
  municipalityId: string;
}

export function runInfo(): RunInfo {
  return JSON.parse(readFileSync(RUN_FILE, "utf8")) as RunInfo;
}
