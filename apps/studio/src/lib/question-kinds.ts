import type { QuestionKind } from "@kakanai/engine";

/** Japanese names an admin sees for each question kind; order is the order of the 種類 select. */
export const questionKindLabels: Record<QuestionKind, string> = {
  text: "文字",
  kana: "カナ",
  number: "数値",
  date: "日付",
  boolean: "はい/いいえ",
  choice: "単一選択",
  multi: "複数選択",
  address: "住所",
  notice: "お知らせ",
  group: "繰り返し（世帯員など）",
};

/** Kinds offered by 「質問を追加」 anywhere; a repeating group only at the top level (groups do not nest). */
export const addableKinds: QuestionKind[] = [
  "text",
  "kana",
  "number",
  "date",
  "boolean",
  "choice",
  "multi",
  "address",
  "notice",
];

/**
 * What 「質問を追加」 offers: the kinds, a repeating group at the top level, and 「世帯員を選ぶ」 (a number
 * answered by picking one of a group's items, e.g. 児童手当を請求する方) once a group exists.
 */
export type AddableKind = QuestionKind | "memberPick";

export function addableChoices(opts: { topLevel: boolean; groups: { key: string }[] }) {
  const kinds: { value: AddableKind; label: string }[] = addableKinds.map((k) => ({
    value: k,
    label: questionKindLabels[k],
  }));
  if (opts.groups.length > 0) kinds.push({ value: "memberPick", label: "世帯員を選ぶ" });
  if (opts.topLevel) kinds.push({ value: "group", label: questionKindLabels.group });
  return kinds;
}

export const kindHasOptions = (kind: QuestionKind | "memberPick") => kind === "choice" || kind === "multi";

export const flowKindLabels: Record<string, string> = {
  "jumin-idou": "住民異動",
  shussei: "出生",
  okuyami: "おくやみ",
  shoumei: "証明書",
};

/** The kind as an admin thinks of it: a number that picks a group's item is 「世帯員を選ぶ」. */
export function kindLabelOf(q: { kind: QuestionKind; optionsFrom?: string }): string {
  return q.kind === "number" && q.optionsFrom ? "世帯員を選ぶ" : questionKindLabels[q.kind];
}
