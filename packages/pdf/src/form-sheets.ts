import type { DeterminedForm, FormDef } from "@kakanai/engine";

export interface Sheet {
  /** 0-based sheet number within this form, and how many sheets the form takes. */
  index: number;
  count: number;
  /** Member index printed on each person row of this sheet (shorter than rowsPerSheet on the last). */
  rowMembers: number[];
}

/**
 * Splits a determined form's members over copies of the paper form. Household forms continue on
 * further sheets of `rowsPerSheet` rows; an "each" form is one sheet for its member; a form without
 * person rows is a single sheet.
 */
export function formSheets(def: FormDef, form: DeterminedForm): Sheet[] {
  const rowFields = def.fields.filter((f) => f.row !== undefined);
  if (rowFields.length === 0 || form.mode === "each")
    return [{ index: 0, count: 1, rowMembers: form.members.slice(0, 1) }];
  const perSheet = def.rowsPerSheet ?? Math.max(...rowFields.map((f) => f.row ?? 0)) + 1;
  const count = Math.max(1, Math.ceil(form.members.length / perSheet));
  return Array.from({ length: count }, (_, index) => ({
    index,
    count,
    rowMembers: form.members.slice(index * perSheet, (index + 1) * perSheet),
  }));
}
