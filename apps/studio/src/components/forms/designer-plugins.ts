import { barcodes, checkbox, ellipse, text } from "@pdfme/schemas";

/**
 * The parts the Designer's left bar offers. pdfme's ellipse is a 62.5×37.5 mm shape; on a Japanese
 * form a ○ goes round one printed choice (元号, 男・女, a checkbox-like 有・無), so it starts 6×6 mm,
 * in the blue the Designer uses for our fields.
 */
const circle = {
  ...ellipse,
  propPanel: {
    ...ellipse.propPanel,
    defaultSchema: {
      ...ellipse.propPanel.defaultSchema,
      width: 6,
      height: 6,
      borderWidth: 0.4,
      borderColor: "#1a56c4",
    },
  },
};

export const designerPlugins = { 文字: text, チェック: checkbox, 丸: circle, QRコード: barcodes.qrcode };
