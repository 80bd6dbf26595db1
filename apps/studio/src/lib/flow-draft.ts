import type { Bundle } from "@kakanai/engine";

/** The editable document: a bundle without schemaVersion and departments (api-contract.md). */
export type FlowDraft = Omit<Bundle, "schemaVersion" | "departments">;
export type DraftQuestion = FlowDraft["questions"][number];
export type DraftItemQuestion = NonNullable<DraftQuestion["questions"]>[number];
export type DraftProcedure = FlowDraft["procedures"][number];
