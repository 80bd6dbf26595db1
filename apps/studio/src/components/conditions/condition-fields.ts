import type { Field } from "react-querybuilder";
import type { DraftQuestion } from "@/lib/flow-draft";
import { operatorLabels } from "./condition-translations";
import { type DateFunction, dateFunctions, functionField, hasField, isField } from "./rule-functions";
import type { RuleNames } from "./rule-summary";

const yesNo = [
  { name: "true", label: "はい" },
  { name: "false", label: "いいえ" },
];

/** Operators per kind, so an admin only sees comparisons that make sense for the answer. */
const operatorsByKind: Record<string, string[]> = {
  text: ["=", "!="],
  kana: ["=", "!="],
  number: ["=", "!=", ">", ">=", "<", "<=", "notNull"],
  date: ["=", "!=", ">", ">=", "<", "<=", "notNull"],
  boolean: ["="],
  choice: ["=", "!=", "in", "notIn"],
  multi: ["contains", "doesNotContain"],
};

/** Which answers a condition can read: household rules the answers; member rules also `member`. */
export type ConditionScope = "household" | "member";

type AnyQuestion = Pick<DraftQuestion, "key" | "kind" | "label" | "options">;

const ops = (names: string[]) => names.map((name) => ({ name, label: operatorLabels[name] ?? name }));

function answerField(q: AnyQuestion, name: string, label: string): Field | null {
  const operators = operatorsByKind[q.kind];
  if (!operators) return null;
  const options = (q.options ?? []).map((o) => ({ name: o.value, label: o.label }));
  return {
    name,
    label,
    operators: ops(operators),
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
  };
}

/** Fields computed from an answer: age, grade and days at the reference date; 「1つ以上選んだ」. */
function derivedFields(q: AnyQuestion, path: string, label: string): Field[] {
  if (q.kind === "date") {
    return (Object.keys(dateFunctions) as DateFunction[]).map((fn) => ({
      name: functionField(fn, path),
      label: `${dateFunctions[fn]}（${label}から）`,
      operators: ops(operatorsByKind.number ?? []),
      inputType: "number",
      kind: "number",
    }));
  }
  if (q.kind === "multi") {
    return [
      {
        name: hasField(path),
        label: `${label}を1つ以上選んだ`,
        operators: ops(["="]),
        values: yesNo,
        defaultValue: true,
        kind: "boolean",
      },
    ];
  }
  return [];
}

/**
 * The builder's fields: every answerable top-level question (key + Japanese label), the reference
 * date, and what the engine computes from them. A member rule also gets each 世帯員 item question as
 * `member.<key>`. 住所 and お知らせ are left out (nothing to compare); a household rule over group
 * items needs `some`/`all`, which the advanced view shows.
 */
export function conditionFields(
  questions: DraftQuestion[],
  excludeKey?: string,
  scope: ConditionScope = "household",
  /** Keys of the flow's computed values (`kaigoRefund`, `memberCount`). */
  computed: string[] = [],
): Field[] {
  const fields: Field[] = [];
  const add = (q: AnyQuestion, path: string, label: string) => {
    const field = answerField(q, path, `${label}（${path}）`);
    if (!field) return;
    fields.push(field, ...derivedFields(q, path, label));
  };
  if (scope === "member") {
    for (const g of questions) {
      if (g.kind !== "group") continue;
      for (const item of g.questions ?? [])
        add(item, `member.${item.key}`, `${g.itemLabel ?? "世帯員"}の${item.label}`);
    }
  }
  for (const q of questions) {
    if (q.key === excludeKey) continue;
    add(q, q.key, q.label);
  }
  for (const key of computed) {
    fields.push(
      {
        name: isField(key),
        label: `計算値「${key}」が成り立つ`,
        operators: ops(["="]),
        values: yesNo,
        defaultValue: true,
        kind: "boolean",
      },
      {
        name: key,
        label: `計算値「${key}」`,
        operators: ops(operatorsByKind.number ?? []),
        kind: "computed",
      },
    );
  }
  fields.push({
    name: "on",
    label: "基準日（異動日など）",
    operators: ops(operatorsByKind.date ?? []),
    inputType: "date",
    kind: "date",
  });
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
