import type { BundleInput } from "@kakanai/engine";
import { juminIdouFlow } from "./flows/jumin-idou";
import { okuyamiFlow } from "./flows/okuyami";
import { shoumeiFlow } from "./flows/shoumei";
import { shusseiFlow } from "./flows/shussei";

export { DEMO_PASSWORD, type DemoAccount, type DemoRole, demoAccounts } from "./accounts";
export { demoDepartments } from "./departments";
export { composeDemoBundle, demoBundleFlows, exportBundles } from "./export-bundles";
export { juminIdouFlow } from "./flows/jumin-idou";
export { demoFormAssets, demoForms } from "./forms";

export const DEMO_MUNICIPALITY = "東雲市";

export interface DemoFlow {
  key: string;
  title: string;
  kind: BundleInput["flow"]["kind"];
  ownerDepartmentKey: string;
  /** The flow without its departments and forms: the seed adds the forms its procedures name. */
  flow: Omit<BundleInput, "forms" | "departments">;
}

export const demoFlows: DemoFlow[] = [
  {
    key: "jumin-idou",
    title: "住民異動",
    kind: "jumin-idou",
    ownerDepartmentKey: "shimin",
    flow: juminIdouFlow,
  },
  { key: "shussei", title: "出生", kind: "shussei", ownerDepartmentKey: "shimin", flow: shusseiFlow },
  { key: "okuyami", title: "おくやみ", kind: "okuyami", ownerDepartmentKey: "shimin", flow: okuyamiFlow },
  { key: "shoumei", title: "証明書", kind: "shoumei", ownerDepartmentKey: "shimin", flow: shoumeiFlow },
];
