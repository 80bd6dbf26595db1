import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { getFormAssets } from "@kakanai/db";
import type { FormDef } from "@kakanai/engine";
import { poppler } from "@kakanai/pdf/testing";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();
const root = new URL("../../../../", import.meta.url);
const file = (rel: string) => new Uint8Array(readFileSync(new URL(rel, root)));
const fillable = () => file("packages/demo-city/src/forms/assets/jidou-teate-nintei-seikyu-fillable.pdf");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function setup(roles: ("dept_admin" | "counter_clerk")[] = ["dept_admin"]) {
  const { city, kodomo } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: kodomo.id });
  const staff = await createTestStaff(db, { municipalityId: city.id, roles, departmentId: kodomo.id });
  return { city, staff, flow, caller: await callerFor(db, staff) };
}

describe("studio.forms.upload", () => {
  const bad: [string, RegExp][] = [
    ["not-a-pdf.pdf", /PDFファイルではありません/],
    ["truncated.pdf", /PDFの終わりが欠けています/],
    ["garbage.pdf", /PDFが壊れているため読み取れません/],
    ["encrypted.pdf", /パスワードや暗号化/],
    ["300-pages.pdf", /ページ数が多すぎます（300ページ/],
  ];
  it.each(bad)("refuses %s in Japanese and stores nothing", async (name, message) => {
    const { city, flow, caller } = await setup();
    const bytes = file(`packages/pdf/test/fixtures/bad-pdfs/${name}`);
    await expect(
      caller.studio.forms.upload({ flowId: flow.id, fileName: name, dataBase64: base64(bytes) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    expect(await getFormAssets(db, { municipalityId: city.id, sha256s: [sha(bytes)] })).toEqual({});
  });

  it("refuses an oversized file before decoding it", async () => {
    const { flow, caller } = await setup();
    const dataBase64 = "A".repeat(10 * 1024 * 1024 * 1.4);
    await expect(
      caller.studio.forms.upload({ flowId: flow.id, fileName: "big.pdf", dataBase64 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/大きすぎます/) });
  });

  it("stores a fillable PDF and offers its fields ready-placed", async () => {
    const { city, flow, caller } = await setup();
    const bytes = fillable();
    const result = await caller.studio.forms.upload({
      flowId: flow.id,
      fileName: "C:\\様式\\児童手当.pdf",
      dataBase64: base64(bytes),
    });
    expect(result).toMatchObject({ sha256: sha(bytes), fileName: "児童手当.pdf", pageCount: 1 });
    expect(result.acroFields.map((f) => f.name)).toContain("claimant_name");
    expect(result.acroFields.find((f) => f.name === "pension_kosei")).toMatchObject({ type: "check" });
    const stored = await getFormAssets(db, { municipalityId: city.id, sha256s: [result.sha256] });
    expect(Object.keys(stored)).toEqual([result.sha256]);
  });

  it("is refused to a counter clerk and for another city's flow", async () => {
    const clerk = await setup(["counter_clerk"]);
    const other = await setup();
    const input = { fileName: "a.pdf", dataBase64: base64(fillable()) };
    await expect(clerk.caller.studio.forms.upload({ flowId: clerk.flow.id, ...input })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(other.caller.studio.forms.upload({ flowId: clerk.flow.id, ...input })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
  });
});

describe("studio.forms.preview", () => {
  it("fills the uploaded form for a sample household, member rows included", async () => {
    const { flow, caller } = await setup();
    const uploaded = await caller.studio.forms.upload({
      flowId: flow.id,
      fileName: "児童手当.pdf",
      dataBase64: base64(fillable()),
    });
    const place = (name: string, yMm: number) => ({
      name,
      pageIndex: 0,
      xMm: 22,
      yMm,
      widthMm: 55,
      heightMm: 6,
    });
    const form: FormDef = {
      key: "F90",
      title: "児童手当認定請求書",
      departmentKey: "kodomo",
      basePdfSha256: uploaded.sha256,
      pageCount: 1,
      orientation: "portrait",
      fields: [
        { ...place("row0", 121), type: "text", path: "members.$row.name", format: "text", row: 0 },
        { ...place("row1", 129.6), type: "text", path: "members.$row.name", format: "text", row: 1 },
        { ...place("fixed", 30), type: "text", format: "fixed", text: "見本印字" },
        { ...place("postal", 40), type: "text", path: "newAddress.postalCode", format: "postal" },
      ],
    };
    const { pdfBase64 } = await caller.studio.forms.preview({ flowId: flow.id, form, sample: "household-3" });
    const text = poppler.text(Buffer.from(pdfBase64, "base64"));
    expect(text).toContain("山田 太郎");
    expect(text).toContain("山田 花子");
    expect(text).toContain("見本印字");
    expect(text).toContain("〒190-0012");
    // Three members on two rows: a second sheet continues the list.
    expect(poppler.pageCount(Buffer.from(pdfBase64, "base64"))).toBe(2);
  });

  it("prints a per-member form for every member of the sample household, someone over 65 among them", async () => {
    const { flow, caller } = await setup();
    const place = (name: string, yMm: number) => ({
      name,
      pageIndex: 0,
      xMm: 22,
      yMm,
      widthMm: 80,
      heightMm: 6,
    });
    const form: FormDef = {
      key: "F91",
      title: "介護保険 住所地特例",
      departmentKey: "kodomo",
      pageCount: 1,
      orientation: "portrait",
      fields: [
        { ...place("name", 40), type: "text", path: "members.$member.name", format: "text" },
        { ...place("born", 50), type: "text", path: "members.$member.birthDate", format: "wareki" },
      ],
    };
    const { pdfBase64 } = await caller.studio.forms.preview({ flowId: flow.id, form, sample: "household-5" });
    const pdf = Buffer.from(pdfBase64, "base64");
    const text = poppler.text(pdf);
    // One copy per member (before: member 1 only), and the fifth is the 65+ 母.
    expect(poppler.pageCount(pdf)).toBe(5);
    for (const name of ["山田 太郎", "山田 花子", "山田 一郎", "山田 次郎", "山田 梅子"])
      expect(text).toContain(name);
    expect(text).toContain("昭和25年1月20日");
  });

  it("says so when the test case does not exist", async () => {
    const { flow, caller } = await setup();
    const form: FormDef = {
      key: "F1",
      title: "様式",
      departmentKey: "shimin",
      pageCount: 1,
      orientation: "portrait",
      fields: [],
    };
    await expect(
      caller.studio.forms.preview({ flowId: flow.id, form, sample: "無い" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "テストケース「無い」が見つかりません。",
    });
  });
});
