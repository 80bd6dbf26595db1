import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BundleInput } from "@kakanai/engine";
import { demoDepartments } from "./departments";
import { juminIdouFlow } from "./flows/jumin-idou";
import { okuyamiFlow } from "./flows/okuyami";
import { shoumeiFlow } from "./flows/shoumei";
import { shusseiFlow } from "./flows/shussei";
import { demoForms } from "./forms";

type Flow = Omit<BundleInput, "forms" | "departments">;

/** Every demo flow, as the headless CLI and CI see them (index.ts lists them for the seed). */
export const demoBundleFlows: Flow[] = [juminIdouFlow, shusseiFlow, okuyamiFlow, shoumeiFlow];

/**
 * Writes each demo flow as a complete bundle document (departments, and the demo forms its
 * procedures name) to `dir`/<flow key>.json, for `npx kakanai test --bundle …`. Returns the files.
 */
export function exportBundles(dir: string): { key: string; path: string; tests: number }[] {
  mkdirSync(dir, { recursive: true });
  return demoBundleFlows.map((flow) => {
    const path = join(dir, `${flow.flow.key}.json`);
    writeFileSync(path, `${JSON.stringify(composeDemoBundle(flow), null, 2)}\n`);
    return { key: flow.flow.key, path, tests: flow.tests?.length ?? 0 };
  });
}

/** One flow with the city's departments and the form definitions its procedures refer to. */
export function composeDemoBundle(flow: Flow): BundleInput {
  const formKeys = new Set(flow.procedures.flatMap((p) => (p.forms ?? []).map((f) => f.formKey)));
  const forms = demoForms.filter((f) => formKeys.has(f.key));
  return { ...flow, departments: demoDepartments, forms };
}

// `tsx packages/demo-city/src/export-bundles.ts [dir]`: writes the bundles and prints their paths.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? join(tmpdir(), "kakanai-demo-bundles");
  for (const file of exportBundles(dir))
    console.log(`${file.key}: ${file.path} (フローテスト ${file.tests}件)`);
}
