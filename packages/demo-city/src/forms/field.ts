import type { FormField, Rule } from "@kakanai/engine";

type FieldInput = Partial<FormField> & Pick<FormField, "name" | "xMm" | "yMm" | "widthMm" | "heightMm">;

/** A form field with the schema defaults spelled out, so definitions list only what matters. */
export function field(f: FieldInput): FormField {
  return { type: "text", pageIndex: 0, format: "text", ...f };
}

/** 和暦 date split over pre-printed 令和[ ]年[ ]月[ ]日 slots: each x is the slot's left edge. */
export function dateSlots(
  name: string,
  source: Pick<FormField, "source" | "path" | "expr" | "row">,
  slots: {
    yearMm: number;
    monthMm: number;
    dayMm: number;
    widthMm: number;
    yMm: number;
    heightMm: number;
    fontSizePt?: number;
  },
): FormField[] {
  const base = {
    yMm: slots.yMm,
    widthMm: slots.widthMm,
    heightMm: slots.heightMm,
    fontSizePt: slots.fontSizePt,
    ...source,
  };
  return [
    field({ ...base, name: `${name}.year`, xMm: slots.yearMm, format: "wareki-year" }),
    field({ ...base, name: `${name}.month`, xMm: slots.monthMm, format: "month" }),
    field({ ...base, name: `${name}.day`, xMm: slots.dayMm, format: "day" }),
  ];
}

/** Circles around pre-printed era names (昭・平・令): xs are each character's left edge. */
export function eraCircles(
  name: string,
  source: Pick<FormField, "source" | "path" | "expr" | "row">,
  eras: Record<string, number>,
  at: { yMm: number; charMm: number; padMm?: number },
): FormField[] {
  return Object.entries(eras).map(([era, x]) =>
    field({
      ...source,
      name: `${name}.${era}`,
      type: "circle",
      format: "wareki-era",
      option: era,
      xMm: x - (at.padMm ?? 0.6),
      yMm: at.yMm - 0.5,
      widthMm: at.charMm + 2 * (at.padMm ?? 0.6),
      heightMm: at.charMm + 1,
    }),
  );
}

/** Street part of an address in this city, printed after a pre-printed 東雲市. */
export function streetInCity(path: string): Rule {
  return {
    if: [
      { "==": [{ var: `${path}.city` }, "東雲市"] },
      { cat: [{ var: `${path}.town` }, { var: `${path}.banchi` }, " ", { var: [`${path}.building`, ""] }] },
      "",
    ],
  };
}

/** Full address when it is outside this city (the pre-printed 東雲市 does not apply). */
export function addressOutsideCity(path: string): Rule {
  return {
    if: [
      { "!=": [{ var: `${path}.city` }, "東雲市"] },
      {
        cat: [
          { var: `${path}.prefecture` },
          { var: `${path}.city` },
          { var: `${path}.town` },
          { var: `${path}.banchi` },
          " ",
          { var: [`${path}.building`, ""] },
        ],
      },
      "",
    ],
  };
}
