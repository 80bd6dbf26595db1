import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FormDef } from "@kakanai/engine";
import { f01JuminIdou } from "./f01-jumin-idou";
import { f07KokuhoShutoku } from "./f07-kokuho-shutoku";
import { f21JidouTeate } from "./f21-jidou-teate";
import { generatedForms } from "./generated-forms";
import { okuyamiForms } from "./okuyami-forms";

/** Base PDFs shipped with the demo city, as a department would upload them. */
const ASSET_FILES = {
  juminIdou: "jumin-idou-todoke.pdf",
  kokuho: "kokuho-shikaku-shutoku.pdf",
  jidouTeate: "jidou-teate-nintei-seikyu.pdf",
} as const;

export const demoFormAssets: { sha256: string; fileName: string; path: string }[] = Object.values(
  ASSET_FILES,
).map((fileName) => {
  const path = fileURLToPath(new URL(`./assets/${fileName}`, import.meta.url));
  return { sha256: createHash("sha256").update(readFileSync(path)).digest("hex"), fileName, path };
});

function sha(fileName: string): string {
  const asset = demoFormAssets.find((a) => a.fileName === fileName);
  if (!asset) throw new Error(`demo form asset missing: ${fileName}`);
  return asset.sha256;
}

/**
 * F01–F30 in key order (three laid over uploaded originals, the rest generated), then the おくやみ
 * desk's O-F01–O-F09.
 */
export const demoForms: FormDef[] = [
  { ...f01JuminIdou, basePdfSha256: sha(ASSET_FILES.juminIdou) },
  { ...f07KokuhoShutoku, basePdfSha256: sha(ASSET_FILES.kokuho) },
  { ...f21JidouTeate, basePdfSha256: sha(ASSET_FILES.jidouTeate) },
  ...generatedForms,
  ...okuyamiForms,
].sort((a, b) => a.key.localeCompare(b.key));
