import { staffRoles } from "@kakanai/db";
import { z } from "zod";

/** The roles a staff row can hold (the list lives with the staff table in packages/db). */
export const role = z.enum(staffRoles);
export type Role = z.infer<typeof role>;

/** Who may enter each area (api-contract.md). system_admin is listed explicitly, never implied. */
export const roles = {
  studio: ["dept_admin", "publisher", "system_admin"],
  publish: ["publisher", "system_admin"],
  /** Asking a publisher to publish a draft (studio.review.submit / withdraw). */
  submit: ["dept_admin"],
  counter: ["counter_clerk", "bereavement_clerk", "system_admin"],
  scan: ["department_clerk", "counter_clerk", "system_admin"],
  anyStaff: role.options,
} as const satisfies Record<string, readonly Role[]>;
