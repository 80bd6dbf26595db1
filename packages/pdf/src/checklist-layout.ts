import {
  type DeterminedDepartment,
  type DeterminedProcedure,
  deceasedName,
  formatWareki,
} from "@kakanai/engine";
import type { Schema } from "@pdfme/common";
import { type Box, pdfSchema as s } from "./pdf-schema";
import type { ChecklistInput } from "./render-checklist";
import { lineHeightMm, textLines } from "./text-lines";

const M = 15;
const BOTTOM = 272;
const BODY_PT = 9.5;
const PAD = 1.5;
/** Columns: 済, 手続き, 担当課・窓口, 期限, お持ちいただくもの (180 mm in all). */
const COLS = [
  { title: "済", widthMm: 10 },
  { title: "手続き", widthMm: 48 },
  { title: "担当課・窓口", widthMm: 34 },
  { title: "期限", widthMm: 32 },
  { title: "お持ちいただくもの", widthMm: 56 },
] as const;

interface Row {
  key: string;
  cells: string[];
  heightMm: number;
}

/** Every element of the checklist, page by page; rows are measured so any number of procedures fits. */
export function checklistLayout(input: ChecklistInput): Schema[][] {
  const rows = input.determination.departments.flatMap((d) =>
    d.procedures.map((p) => row(d, p, input.issuedOn)),
  );
  const pages: Schema[][] = [];
  let page = firstPage(input);
  pages.push(page);
  let y = header(page, 70);
  if (rows.length === 0) {
    page.push(
      s.rect("none-box", box(M, y, 180, 12)),
      s.text("none", box(M, y, 180, 12), "お手続きが必要なものは見つかりませんでした。", { align: "center" }),
    );
  }
  for (const r of rows) {
    if (y + r.heightMm > BOTTOM) {
      page = [
        s.text(
          "title",
          box(M, 12, 180, 8),
          `おくやみ手続きチェックリスト（続き） 受付番号 ${input.receptionNumber}`,
          { fontSizePt: 12, bold: true },
        ),
      ];
      pages.push(page);
      y = header(page, 24);
    }
    y = draw(page, y, r);
  }
  page.push(
    s.text(
      "note",
      box(M, y + 3, 180, 10),
      "期限は亡くなった日から数えた目安です。手続きが終わったら「済」の欄に印をつけてください。\nご不明な点はおくやみ窓口へお尋ねください。",
      { fontSizePt: 8.5, verticalAlign: "top", shrink: false },
    ),
  );
  pages.forEach((p, i) => {
    if (pages.length > 1)
      p.push(
        s.text("page", box(165, 287, 30, 5), `${i + 1}/${pages.length}`, { fontSizePt: 8, align: "right" }),
      );
  });
  return pages;
}

function firstPage(input: ChecklistInput): Schema[] {
  const death = input.determination.referenceDate;
  return [
    s.text("municipality", box(M, 10, 120, 6), input.municipalityName, { fontSizePt: 11 }),
    s.text("title", box(M, 18, 180, 12), "おくやみ手続きチェックリスト", { fontSizePt: 20, bold: true }),
    s.text(
      "deceased",
      box(M, 33, 120, 8),
      input.deceasedName.trim() ? `${deceasedName(input.deceasedName)} 様` : "",
      { fontSizePt: 14, bold: true },
    ),
    s.text("death", box(M, 42, 120, 6), death ? `お亡くなりになった日　${formatWareki(death)}` : "", {
      fontSizePt: 10,
    }),
    s.rect("number-box", box(140, 30, 55, 18), { borderMm: 0.5 }),
    s.text("number-label", box(143, 31, 40, 5), "受付番号", { fontSizePt: 9 }),
    s.text("number", box(143, 36, 49, 11), input.receptionNumber, { fontSizePt: 22, bold: true }),
    s.text("issued", box(140, 49, 55, 5), `発行日　${formatWareki(input.issuedOn)}`, { fontSizePt: 9 }),
    s.text(
      "lead",
      box(M, 56, 180, 12),
      "ご遺族の方に必要な手続きの一覧です。各課の窓口へこの用紙をお持ちください。",
      { fontSizePt: 10.5 },
    ),
  ];
}

function header(page: Schema[], y: number): number {
  let x = M;
  for (const col of COLS) {
    const b = box(x, y, col.widthMm, 7);
    page.push(
      s.rect(`h-${col.title}`, b, { fill: "#e6e6e6" }),
      s.text(`ht-${col.title}`, pad(b), col.title, { fontSizePt: 9, bold: true, align: "center" }),
    );
    x += col.widthMm;
  }
  return y + 7;
}

function row(dept: DeterminedDepartment, p: DeterminedProcedure, issuedOn: string): Row {
  const cells = [
    "",
    p.title,
    `${dept.name}\n${dept.counter}`,
    deadlineText(p.deadline, issuedOn),
    // 「□」 rather than 「・」: pdfme's line breaking moves a leading 「・」 into the text (see the slip).
    p.itemsToBring.length > 0 ? p.itemsToBring.map((i) => `□ ${i}`).join("\n") : "―",
  ];
  const lines = Math.max(...cells.map((c, i) => textLines(c, (COLS[i]?.widthMm ?? 30) - 2 * PAD, BODY_PT)));
  return {
    key: `${dept.key}-${p.key}`,
    cells,
    heightMm: Math.max(11, lines * lineHeightMm(BODY_PT) + 2 * PAD + 1),
  };
}

/** 「令和7年4月15日まで」; a deadline on the day the list is handed over says so first, 「期限は今日まで」. */
function deadlineText(deadline: string | null, issuedOn: string): string {
  if (!deadline) return "期限なし";
  const until = `${formatWareki(deadline)}まで`;
  return deadline === issuedOn ? `期限は今日まで\n（${until}）` : until;
}

function draw(page: Schema[], y: number, r: Row): number {
  let x = M;
  r.cells.forEach((cell, c) => {
    const widthMm = COLS[c]?.widthMm ?? 30;
    const b = box(x, y, widthMm, r.heightMm);
    page.push(s.rect(`c-${r.key}-${c}`, b));
    if (c === 0) page.push(s.rect(`tick-${r.key}`, box(x + 2.5, y + 2.5, 5, 5), { borderMm: 0.4 }));
    else
      page.push(
        s.text(`t-${r.key}-${c}`, pad(b), cell, {
          fontSizePt: BODY_PT,
          bold: c === 1,
          verticalAlign: "top",
          shrink: false,
        }),
      );
    x += widthMm;
  });
  return y + r.heightMm;
}

function box(xMm: number, yMm: number, widthMm: number, heightMm: number): Box {
  return { xMm, yMm, widthMm, heightMm };
}

function pad(b: Box): Box {
  return box(b.xMm + PAD, b.yMm + PAD, b.widthMm - 2 * PAD, b.heightMm - 2 * PAD);
}
