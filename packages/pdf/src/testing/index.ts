export { decodeQr } from "./decode-qr";
export { type EmbeddedFont, type PageRange, poppler } from "./poppler";
export { sampleDetermination } from "./sample-determination";
export { sampleHousehold } from "./sample-household";
