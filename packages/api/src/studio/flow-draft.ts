import { bundle } from "@kakanai/engine";
import type { z } from "zod";

/** The editable part of a bundle: everything but schemaVersion and the departments snapshot. */
export const flowDraft = bundle.omit({ schemaVersion: true, departments: true });
export type FlowDraft = z.output<typeof flowDraft>;
export type FlowDraftInput = z.input<typeof flowDraft>;
