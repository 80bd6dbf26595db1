import { z } from "zod";

export const role = z.enum([
  "system_admin",
  "dept_admin",
  "publisher",
  "counter_clerk",
  "department_clerk",
  "bereavement_clerk",
]);
export type Role = z.infer<typeof role>;

/** Who may enter each area (api-contract.md). system_admin is listed explicitly, never implied. */
export const roles = {
  studio: ["dept_admin", "publisher", "system_admin"],
  publish: ["publisher", "system_admin"],
  counter: ["counter_clerk", "bereavement_clerk", "system_admin"],
  scan: ["department_clerk", "counter_clerk", "system_admin"],
  anyStaff: role.options,
} as const satisfies Record<string, readonly Role[]>;
