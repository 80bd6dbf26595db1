export { comparePng, type PngComparison, type PngTolerance } from "./compare-png";
export { decodeQr, decodeQrZbar } from "./decode-qr";
export { type EmbeddedFont, type PageRange, poppler } from "./poppler";
export { sampleBereavement } from "./sample-bereavement";
export { sampleBirth } from "./sample-birth";
export { sampleDetermination } from "./sample-determination";
export { sampleHousehold } from "./sample-household";
