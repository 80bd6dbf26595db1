import { demoForms } from "@kakanai/demo-city";
import type { DeterminedForm } from "@kakanai/engine";

/** Members each 住民異動 form prints for in the sample packets (indexes into sampleHousehold(7)). */
export const SAMPLE_FORM_MEMBERS: Record<string, number[]> = {
  F01: [0, 1, 2, 3],
  F02: [0],
  F03: [1],
  F04: [0, 1],
  F07: [0, 1, 2, 3],
  F08: [0, 1],
  F09: [0, 1],
  F10: [0],
  F11: [5],
  F12: [5],
  F14: [4],
  F15: [4],
  F16: [4],
  F17: [1],
  F18: [1],
  F19: [1],
  F20: [1],
  F21: [2, 3],
  F22: [2, 3],
  F23: [2, 3],
  F24: [3],
  F25: [2],
  F26: [2],
  F27: [2, 3],
  F28: [2, 3],
  F30: [2, 3],
};
/** The 出生 forms, printed for the baby of sampleBirth(). */
export const SAMPLE_BIRTH_FORMS = ["F05", "F06", "F13", "F29"];

/**
 * Determined forms for sample renders of the demo forms: each key with its sample members (override
 * per key), one form per member where it names one person, else one household form.
 */
export function samplePacket(keys: string[], members: Record<string, number[]> = {}): DeterminedForm[] {
  return keys.map((formKey) => {
    const def = demoForms.find((f) => f.key === formKey);
    if (!def) throw new Error(`demo form ${formKey} not found`);
    const rows = members[formKey] ?? SAMPLE_FORM_MEMBERS[formKey] ?? [0];
    const each = rows.length === 1 || SAMPLE_BIRTH_FORMS.includes(formKey);
    return {
      formKey,
      title: def.title,
      departmentKey: def.departmentKey,
      mode: each ? "each" : "household",
      members: rows,
      sheets: 1,
    };
  });
}
