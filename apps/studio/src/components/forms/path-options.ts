import { type ChoiceOption, HOUSEHOLD_SOURCES, PERSON_SOURCES, sourceLabel, supplies } from "@kakanai/engine";
import type { FlowDraft } from "@/lib/flow-draft";

export interface PathOption {
  path: string;
  /** Set for a standard source (`person.name`…): path is then the source, and whether this flow supplies it. */
  source?: { supplied: boolean };
  label: string;
  /** The question's choices, for 「○で囲む」 and check marks. */
  options?: ChoiceOption[];
}

const addressParts = [
  ["postalCode", "郵便番号"],
  ["prefecture", "都道府県"],
  ["city", "市区町村"],
  ["town", "町名"],
  ["banchi", "番地"],
  ["building", "建物名"],
] as const;

/**
 * Every answer a form field can print, from the draft's questions: top-level answers, the parts of
 * an address, and per-member answers both as 「行ごと」 (members.$row.x, for person rows) and as
 * 「この様式の世帯員」 (members.$member.x, for one-per-member forms). Plus 届出日 and computed values.
 */
export function pathOptions(draft: FlowDraft): PathOption[] {
  const out: PathOption[] = [{ path: "filedOn", label: "届出日（印刷した日）" }];
  for (const q of draft.questions) {
    if (q.kind === "notice") continue;
    if (q.kind === "group") {
      const item = q.itemLabel ?? "世帯員";
      for (const iq of q.questions ?? []) {
        if (iq.kind === "notice") continue;
        for (const [slot, who] of [
          ["$row", `${item}（行ごと）`],
          ["$member", `この様式の${item}`],
        ] as const) {
          out.push(...leaf(`${q.key}.${slot}.${iq.key}`, `${who} › ${iq.label}`, iq));
        }
      }
      continue;
    }
    out.push(...leaf(q.key, q.label, q));
  }
  // Seeded drafts are stored as written: a flow without computed values may have no `computed`.
  for (const c of draft.computed ?? []) out.push({ path: c.key, label: `計算値: ${c.key}` });
  return out;
}

/**
 * The standard sources (form-sources.ts) with their Japanese labels, and whether this flow's print
 * model supplies each: a form that names them prints the same from every flow that supplies them.
 */
export function sourceOptions(draft: FlowDraft): PathOption[] {
  const model = draft.print;
  const extra = [
    ...Object.keys(model?.household ?? {}),
    ...Object.keys(model?.person ?? {}).map((k) => `person.${k}`),
  ];
  const all = [
    ...Object.keys(PERSON_SOURCES).map((k) => `person.${k}`),
    ...Object.keys(HOUSEHOLD_SOURCES),
    ...extra,
  ];
  return [...new Set(all)].map((source) => ({
    path: source,
    label: sourceLabel(source),
    source: { supplied: supplies(model, source) },
  }));
}

function leaf(path: string, label: string, q: { kind: string; options?: ChoiceOption[] }): PathOption[] {
  if (q.kind === "address")
    return addressParts.map(([part, name]) => ({ path: `${path}.${part}`, label: `${label} › ${name}` }));
  if (q.kind === "boolean")
    return [
      {
        path,
        label,
        options: [
          { value: "true", label: "はい" },
          { value: "false", label: "いいえ" },
        ],
      },
    ];
  return [{ path, label, options: q.options }];
}
