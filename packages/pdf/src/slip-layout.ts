import { type DeterminedDepartment, formatWareki } from "@kakanai/engine";
import type { Schema } from "@pdfme/common";
import { pdfSchema as s } from "./pdf-schema";
import type { SlipInput } from "./render-slip";
import { lineHeightMm, textLines } from "./text-lines";

const PAGE = { widthMm: 210, heightMm: 297, marginMm: 15, bottomMm: 280 };
const BODY_PT = 10;
const PAD_MM = 1.5;
/** Table columns: 窓口, 手続き, 期限, お持ちいただくもの. */
const COLS = [
  { title: "窓口", widthMm: 40 },
  { title: "手続き", widthMm: 56 },
  { title: "期限", widthMm: 38 },
  { title: "お持ちいただくもの", widthMm: 46 },
] as const;
const HEADER_FILL = "#e6e6e6";

interface Row {
  cells: [string, string, string];
  heightMm: number;
}

/**
 * Positions for every element of the slip. Rows are measured, so any number of departments and
 * procedures fits; a department that does not fit on a page continues on the next one with its name
 * repeated, so each page can be read on its own.
 */
export function slipLayout(input: SlipInput): Schema[][] {
  const pages: Schema[][] = [];
  let page = firstPage(input);
  let y = 86;
  pages.push(page);
  const startPage = () => {
    page = [
      s.text(
        "title",
        box(PAGE.marginMm, 12, 180, 8),
        `手続き案内票（続き） 受付番号 ${input.receptionNumber}`,
        { fontSizePt: 12, bold: true },
      ),
    ];
    pages.push(page);
    y = 24;
    y = tableHeader(page, y);
  };
  y = tableHeader(page, y);
  const departments = input.determination.departments.filter((d) => d.procedures.length > 0);
  if (departments.length === 0) {
    page.push(
      s.text("none", box(PAGE.marginMm, y, 180, 10), "該当する手続きはありません。", {
        fontSizePt: 10,
        align: "center",
      }),
    );
    page.push(s.rect("none-box", box(PAGE.marginMm, y, 180, 10)));
  }
  for (const dept of departments) {
    let rows = departmentRows(dept);
    while (rows.length > 0) {
      const fit = countFitting(rows, PAGE.bottomMm - y);
      if (fit === 0) {
        startPage();
        continue;
      }
      y = drawDepartment(page, y, dept, rows.slice(0, fit));
      rows = rows.slice(fit);
      if (rows.length > 0) startPage();
    }
  }
  pages.forEach((p, i) => {
    if (pages.length > 1)
      p.push(
        s.text("page", box(165, 285, 30, 5), `${i + 1}/${pages.length}`, { fontSizePt: 8, align: "right" }),
      );
  });
  return pages;
}

function firstPage(input: SlipInput): Schema[] {
  const m = PAGE.marginMm;
  return [
    s.text("municipality", box(m, 10, 120, 6), input.municipalityName, { fontSizePt: 11 }),
    s.text("title", box(m, 18, 130, 12), "手続き案内票", { fontSizePt: 22, bold: true }),
    s.text("flow", box(m, 31, 130, 6), input.flowTitle, { fontSizePt: 11 }),
    s.rect("number-box", box(m, 40, 125, 24), { borderMm: 0.5 }),
    s.text("number-label", box(m + 3, 42, 40, 6), "受付番号", { fontSizePt: 10 }),
    s.text("number", box(m + 3, 47, 119, 16), input.receptionNumber, { fontSizePt: 34, bold: true }),
    s.text("issued", box(m, 66, 125, 6), `発行日　${formatWareki(input.issuedOn)}`, { fontSizePt: 10 }),
    s.qr("qr", box(153, 14, 40, 40), input.qrText),
    s.text("qr-note", box(148, 55, 50, 10), "次の窓口でこのQRコードを\nお見せください", {
      fontSizePt: 9,
      align: "center",
      shrink: false,
    }),
    s.text("lead", box(m, 74, 180, 8), "以下の窓口で手続きをお願いします。上から順にお回りください。", {
      fontSizePt: 10,
    }),
  ];
}

function tableHeader(page: Schema[], y: number): number {
  let x = PAGE.marginMm;
  for (const col of COLS) {
    const b = box(x, y, col.widthMm, 7);
    page.push(
      s.rect(`h-${col.title}`, b, { fill: HEADER_FILL }),
      s.text(`ht-${col.title}`, pad(b), col.title, { fontSizePt: 9, bold: true, align: "center" }),
    );
    x += col.widthMm;
  }
  return y + 7;
}

function departmentRows(dept: DeterminedDepartment): Row[] {
  return dept.procedures.map((p) => {
    const cells: [string, string, string] = [
      p.title,
      p.deadline ? `${formatWareki(p.deadline)}まで` : "―",
      // A box to tick, not 「・」: pdfme's line breaking moves a leading 「・」 (a no-line-start mark) into the text.
      p.itemsToBring.length > 0 ? p.itemsToBring.map((i) => `□ ${i}`).join("\n") : "―",
    ];
    const lines = Math.max(
      ...cells.map((c, i) => textLines(c, (COLS[i + 1]?.widthMm ?? 30) - 2 * PAD_MM, BODY_PT)),
    );
    return { cells, heightMm: Math.max(9, lines * lineHeightMm(BODY_PT) + 2 * PAD_MM + 1) };
  });
}

/** The department cell needs room for its name and counter even when it has a single short row. */
const DEPT_MIN_MM = 16;

function countFitting(rows: Row[], availableMm: number): number {
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    used += rows[i]?.heightMm ?? 0;
    if (used > availableMm || (i === 0 && Math.max(used, DEPT_MIN_MM) > availableMm)) return i;
  }
  return rows.length;
}

function drawDepartment(page: Schema[], y: number, dept: DeterminedDepartment, rows: Row[]): number {
  const total = Math.max(
    DEPT_MIN_MM,
    rows.reduce((sum, r) => sum + r.heightMm, 0),
  );
  const last = rows[rows.length - 1];
  if (last) last.heightMm += total - rows.reduce((sum, r) => sum + r.heightMm, 0);
  const m = PAGE.marginMm;
  const deptBox = box(m, y, COLS[0].widthMm, total);
  page.push(
    s.rect(`d-${dept.key}`, deptBox),
    s.text(`dn-${dept.key}`, box(m + PAD_MM, y + 1.5, COLS[0].widthMm - 2 * PAD_MM, 7), dept.name, {
      fontSizePt: 12,
      bold: true,
      verticalAlign: "top",
    }),
    s.text(`dc-${dept.key}`, box(m + PAD_MM, y + 8, COLS[0].widthMm - 2 * PAD_MM, 6), dept.counter, {
      fontSizePt: 11,
      verticalAlign: "top",
    }),
  );
  let rowY = y;
  rows.forEach((row, r) => {
    let x = m + COLS[0].widthMm;
    row.cells.forEach((cell, c) => {
      const widthMm = COLS[c + 1]?.widthMm ?? 30;
      const b = box(x, rowY, widthMm, row.heightMm);
      page.push(
        s.rect(`c-${dept.key}-${r}-${c}`, b),
        s.text(`t-${dept.key}-${r}-${c}`, pad(b), cell, {
          fontSizePt: BODY_PT,
          verticalAlign: "top",
          shrink: false,
        }),
      );
      x += widthMm;
    });
    rowY += row.heightMm;
  });
  return y + total;
}

function box(xMm: number, yMm: number, widthMm: number, heightMm: number) {
  return { xMm, yMm, widthMm, heightMm };
}

function pad(b: ReturnType<typeof box>) {
  return box(b.xMm + PAD_MM, b.yMm + PAD_MM, b.widthMm - 2 * PAD_MM, b.heightMm - 2 * PAD_MM);
}
