/**
 * The 東雲市 住民異動届 as the city first drew it (../shared/fixtures/forms/jumin-idou-todoke.pdf) has
 * a 7 mm 氏名（署名） cell: a printed name shrank and wrapped in it. This redraws that one row — a wide
 * 氏名 cell, then 電話番号 and its （　）－ slots further right — and writes the demo city's copy:
 * `npx tsx scripts/relay-f01-name-cell.ts [original.pdf]`. Everything else stays as drawn.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { F01_NAME_CELL_MM, F01_PHONE_SHIFT_MM } from "../packages/demo-city/src/forms/f01-jumin-idou";
import { generatePdf } from "../packages/pdf/src/generate-pdf";
import { pdfSchema as s } from "../packages/pdf/src/pdf-schema";

/** The row, measured at 200 dpi: borders at y 160.66 and 173.86 mm, the 氏名 label to x 34.4 mm. */
const ROW = { top: 160.8, bottom: 173.81, left: 34.62, right: 199.95 };
/** Where the row's cells now start (mm): the 電話番号 label after the name cell, then the number. */
const PHONE_LABEL_MM = F01_NAME_CELL_MM.xMm + F01_NAME_CELL_MM.widthMm;
const PHONE_VALUE_MM = 65.9 + F01_PHONE_SHIFT_MM;
const LINE_MM = 0.2;
const LABEL_FILL = "#eeeeee";

const text = (name: string, xMm: number, widthMm: number, content: string) =>
  s.text(name, { xMm, yMm: 161.2, widthMm, heightMm: 4.4 }, content, { fontSizePt: 9, align: "center" });

const height = ROW.bottom - ROW.top;
const schemas = [
  s.rect(
    "cover",
    { xMm: ROW.left, yMm: ROW.top, widthMm: ROW.right - ROW.left, heightMm: height },
    {
      borderMm: 0,
      fill: "#ffffff",
    },
  ),
  s.rect(
    "label",
    { xMm: PHONE_LABEL_MM, yMm: ROW.top, widthMm: PHONE_VALUE_MM - PHONE_LABEL_MM, heightMm: height },
    {
      borderMm: 0,
      fill: LABEL_FILL,
    },
  ),
  ...[PHONE_LABEL_MM, PHONE_VALUE_MM].map((x, i) =>
    s.rect(
      `line${i}`,
      { xMm: x - LINE_MM / 2, yMm: ROW.top - 0.2, widthMm: LINE_MM, heightMm: height + 0.4 },
      {
        borderMm: 0,
        fill: "#000000",
      },
    ),
  ),
  text("phoneLabel", PHONE_LABEL_MM, PHONE_VALUE_MM - PHONE_LABEL_MM, "電話番号"),
  ...(
    [
      ["open", 67.05, "（"],
      ["close", 79.75, "）"],
      ["dash", 90.87, "－"],
    ] as const
  ).map(([name, x, mark]) => text(name, x + F01_PHONE_SHIFT_MM, 3.2, mark)),
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source =
    process.argv[2] ??
    fileURLToPath(new URL("../../shared/fixtures/forms/jumin-idou-todoke.pdf", import.meta.url));
  const target = fileURLToPath(
    new URL("../packages/demo-city/src/forms/assets/jumin-idou-todoke.pdf", import.meta.url),
  );
  writeFileSync(target, await generatePdf([schemas], readFileSync(source)));
  console.log(`${target} を書き直しました`);
}
