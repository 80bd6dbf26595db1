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

/** Kinds offered by 「質問を追加」; a repeating group is structural and comes from the template flows. */
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

export const kindHasOptions = (kind: QuestionKind) => kind === "choice" || kind === "multi";

export const flowKindLabels: Record<string, string> = {
  "jumin-idou": "住民異動",
  shussei: "出生",
  okuyami: "おくやみ",
  shoumei: "証明書",
};
