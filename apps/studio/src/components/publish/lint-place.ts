import type { FlowDraft } from "@/lib/flow-draft";

const FIELD_NAMES: Record<string, string> = {
  rule: "適用条件",
  memberRule: "世帯員の条件",
  visibleIf: "表示条件",
  requiredIf: "必須条件",
  options: "選択肢",
  questions: "項目の質問",
  departmentKey: "担当部署",
  formKey: "様式の指定",
  forms: "様式",
  when: "条件",
  conditionalItems: "条件付きの持ち物",
  conditionalDeadlines: "条件付きの期限",
  expectProcedures: "期待する手続き",
  expectForms: "期待する様式",
  expr: "計算式",
  referenceDate: "基準日",
  key: "キー",
  id: "ID",
  name: "名前",
  fields: "印字項目",
};

/**
 * A lint path (procedures[3].forms[0].when) in words an admin can find on screen:
 * 「手続き P04（国民健康保険）› 様式 1件目 › 条件」.
 */
export function describePlace(path: string, draft: FlowDraft): string {
  const parts = [...path.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)].map((m) => ({
    name: m[1] ?? "",
    index: m[2] === undefined ? null : Number(m[2]),
  }));
  const [head, ...rest] = parts;
  if (!head) return path;
  const words = [topLevel(head.name, head.index, draft), ...rest.map((p) => field(p.name, p.index))];
  return words.join(" › ");
}

function topLevel(name: string, index: number | null, draft: FlowDraft): string {
  if (name === "flow") return "フローの設定";
  if (index === null) return FIELD_NAMES[name] ?? name;
  switch (name) {
    case "questions":
      return `質問「${draft.questions[index]?.label ?? index + 1}」`;
    case "procedures": {
      const p = draft.procedures[index];
      return p ? `手続き ${p.key}（${p.title}）` : `手続き ${index + 1}件目`;
    }
    case "forms": {
      const f = draft.forms[index];
      return f ? `様式 ${f.key}（${f.title}）` : `様式 ${index + 1}件目`;
    }
    case "tests":
      return `テスト「${draft.tests[index]?.name ?? index + 1}」`;
    case "computed":
      return `計算値 ${draft.computed?.[index]?.key ?? index + 1}`;
    case "departments":
      return `部署 ${index + 1}件目`;
    default:
      return `${name} ${index + 1}件目`;
  }
}

function field(name: string, index: number | null): string {
  const label = FIELD_NAMES[name] ?? name;
  return index === null ? label : `${label} ${index + 1}件目`;
}
