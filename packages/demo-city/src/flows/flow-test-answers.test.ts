import { interview, parseBundle } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { composeDemoBundle, demoBundleFlows } from "../export-bundles";

/** Invalid answers do not count, so a flow test with a typo would pin the wrong thing silently. */
describe.each(demoBundleFlows.map((f) => [f.flow.key, parseBundle(composeDemoBundle(f))] as const))(
  "%s flow tests",
  (_key, bundle) => {
    it("use only valid answers", () => {
      const errors = bundle.tests.map((t) => [t.name, interview(bundle, t.answers).errors]);
      expect(errors.filter(([, e]) => Object.keys(e as object).length > 0)).toEqual([]);
    });
  },
);
