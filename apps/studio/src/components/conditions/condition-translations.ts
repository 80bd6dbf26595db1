import type { Translations } from "react-querybuilder";

/** Japanese labels for the builder's comparisons; the JSON Logic they produce is unchanged. */
export const operatorLabels: Record<string, string> = {
  "=": "等しい",
  "!=": "等しくない",
  ">": "より大きい",
  ">=": "以上",
  "<": "より小さい",
  "<=": "以下",
  in: "いずれか",
  notIn: "いずれでもない",
  contains: "含む",
  doesNotContain: "含まない",
  notNull: "回答がある",
};

export const combinators = [
  { name: "and", label: "すべて満たす" },
  { name: "or", label: "いずれかを満たす" },
];

export const translations: Partial<Translations> = {
  fields: { title: "質問", placeholderLabel: "質問を選ぶ", placeholderGroupLabel: "質問を選ぶ" },
  operators: { title: "比べ方", placeholderLabel: "比べ方を選ぶ", placeholderGroupLabel: "比べ方を選ぶ" },
  values: { title: "値", placeholderLabel: "値を選ぶ", placeholderGroupLabel: "値を選ぶ" },
  value: { title: "値" },
  combinators: { title: "条件のまとめ方" },
  addRule: { label: "＋ 条件を追加", title: "条件を追加" },
  addGroup: { label: "＋ 条件のグループを追加", title: "条件のグループを追加" },
  removeRule: { label: "削除", title: "この条件を削除" },
  removeGroup: { label: "グループを削除", title: "このグループを削除" },
  notToggle: { label: "当てはまらないとき", title: "このグループの条件に当てはまらないときに成立させる" },
  cloneRule: { label: "複製", title: "この条件を複製" },
  cloneRuleGroup: { label: "複製", title: "このグループを複製" },
};
