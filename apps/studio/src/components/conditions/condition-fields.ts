import type { Field } from "react-querybuilder";
import type { DraftQuestion } from "@/lib/flow-draft";
import { operatorLabels } from "./condition-translations";
import type { RuleNames } from "./rule-summary";

const yesNo = [
  { name: "true", label: "はい" },
  { name: "false", label: "いいえ" },
];

/** Operators per kind, so an admin only sees comparisons that make sense for the answer. */
const operatorsByKind: Record<string, string[]> = {
  text: ["=", "!="],
  kana: ["=", "!="],
  number: ["=", "!=", ">", ">=", "<", "<="],
  date: ["=", "!=", ">", ">=", "<", "<="],
  boolean: ["="],
  choice: ["=", "!=", "in", "notIn"],
  multi: ["contains", "doesNotContain"],
};

/**
 * One builder field per answerable top-level question (key + Japanese label). Group items, 住所 and
 * お知らせ are left out: conditions over them need `some`/`all`, which only the advanced view shows.
 */
export function conditionFields(questions: DraftQuestion[], excludeKey?: string): Field[] {
  const fields: Field[] = [];
  for (const q of questions) {
    const ops = operatorsByKind[q.kind];
    if (!ops || q.key === excludeKey) continue;
    const options = (q.options ?? []).map((o) => ({ name: o.value, label: o.label }));
    fields.push({
      name: q.key,
      label: `${q.label}（${q.key}）`,
      operators: ops.map((name) => ({ name, label: operatorLabels[name] ?? name })),
      ...(q.kind === "number" && { inputType: "number" }),
      ...(q.kind === "date" && { inputType: "date" }),
      // Booleans get a はい/いいえ select from StudioValueEditor so the value stays a real boolean.
      ...(q.kind === "boolean" && { values: yesNo, defaultValue: true }),
      ...(q.kind === "choice" && {
        valueEditorType: (op: string) => (op === "in" || op === "notIn" ? "multiselect" : "select"),
        values: options,
        defaultValue: options[0]?.name ?? "",
      }),
      ...(q.kind === "multi" && {
        valueEditorType: "select",
        values: options,
        defaultValue: options[0]?.name ?? "",
      }),
      kind: q.kind,
    });
  }
  return fields;
}

/** Variables the engine provides besides the answers (rule-context in packages/engine). */
const contextVars: Record<string, string> = {
  on: "基準日（異動日など）",
  member: "世帯員",
  memberIndex: "世帯員の順番",
};

/** Japanese names for a rule's variables and option values, for read-only summaries. */
export function ruleNames(questions: DraftQuestion[]): RuleNames {
  const find = (key: string) => {
    const top = questions.find((x) => x.key === key);
    if (top) return { q: top, group: null };
    // Item questions appear as member.<key> in member rules, or bare inside some/all over members.
    const itemKey = key.replace(/^member\./, "");
    for (const g of questions) {
      const item = g.questions?.find((x) => x.key === itemKey);
      if (item) return { q: item, group: g };
    }
    return null;
  };
  return {
    varLabel: (key) => {
      if (contextVars[key]) return contextVars[key];
      const found = find(key);
      if (!found) return key;
      return found.group ? `${found.group.itemLabel ?? "世帯員"}の${found.q.label}` : found.q.label;
    },
    valueLabel: (key, value) => find(key)?.q.options?.find((o) => o.value === value)?.label ?? null,
  };
}
