import { composeDemoBundle, demoBundleFlows, demoForms } from "@kakanai/demo-city";
import { type Bundle, parseBundle } from "@kakanai/engine";

export type DemoFlowKey = "jumin-idou" | "shussei" | "okuyami" | "shoumei";

/**
 * A demo flow's bundle as the seed publishes it: its print model says how its answers fill the
 * forms. `allForms` adds every demo form, for tests that render forms the flow does not print.
 */
export function demoBundle(key: DemoFlowKey, options: { allForms?: boolean } = {}): Bundle {
  const flow = demoBundleFlows.find((f) => f.flow.key === key);
  if (!flow) throw new Error(`demo flow ${key} not found`);
  const bundle = composeDemoBundle(flow);
  return parseBundle(options.allForms ? { ...bundle, forms: demoForms } : bundle);
}
