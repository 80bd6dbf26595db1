import { createHash } from "node:crypto";
import type { Bundle } from "@kakanai/engine";
import { canonicalJson } from "./canonical-json";

/** The content fingerprint a published bundle carries: sha256 of its canonical JSON. */
export const bundleHash = (bundle: Bundle): string =>
  createHash("sha256").update(canonicalJson(bundle)).digest("hex");
