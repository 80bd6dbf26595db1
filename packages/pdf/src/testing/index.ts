export { decodeQr } from "./decode-qr";
export { type EmbeddedFont, type PageRange, poppler } from "./poppler";
export { sampleBirth } from "./sample-birth";
export { sampleDetermination } from "./sample-determination";
export { sampleHousehold } from "./sample-household";
