import { join } from "node:path";
import { decodeQr, poppler } from "@kakanai/pdf/testing";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { VALUE_BOXES } from "../fixtures/make-moped-form";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { type Answer, household } from "../support/interview-answers";
import { login } from "../support/login";
import { fetchPdf } from "../support/pdf";
import { addCondition, fillMopedProcedure } from "../support/procedure-rule";
import { publishFromTab } from "../support/publish-flow";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";
import { addStaff, loginAs } from "../support/staff-accounts";
import { walkInterview } from "../support/walk-interview";

/**
 * A new department goes live without a developer (issue 9), in the browser only: the system admin
 * creates 税務課 with an admin and a clerk; the 税務課 admin adds its moped questions, procedure, own
 * PDF form (mapped), and a recorded flow test to 市民課's shared 住民異動 flow — other departments'
 * parts are 表示のみ to them — and publishes. A counter clerk runs a 転入 with a moped; the 税務課
 * clerk scans the slip and prints the form with the owner's name, new address and 排気量. At the
 * end the 税務課 admin takes their parts out of the draft again, so later specs find it as seeded.
 */
test.describe.configure({ mode: "serial" });
// The whole 転入 interview is answered in the studio's preview and at the counter: slower than most.
test.setTimeout(240_000);

const screen = { width: 1366, height: 768 };
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "keijidousha-shinkoku.pdf");
const PROCEDURE = "原動機付自転車の登録";
const FORM_TITLE = "軽自動車税（種別割）申告書兼標識交付申請書";
const TEST_NAME = "転入・原付あり（税務課）";
const QUESTIONS = {
  hasMoped: "原動機付自転車（原付）を持って転入しますか",
  mopedDisplacement: "原付の総排気量（cc）",
  mopedPlate: "原付の標識番号（前の市区町村のもの）",
} as const;
const moped: Record<string, Answer> = {
  hasMoped: { radio: "はい" },
  mopedDisplacement: { text: "50" },
  mopedPlate: { text: "さいたま市 あ 1234" },
};

const accounts = { admin: { id: "", password: "" }, clerk: { id: "", password: "" } };
/** What each of them chooses at the first login. */
const ADMIN_PASSWORD = "税務課の質問と手続きを足す担当";
const CLERK_PASSWORD = "原付の登録は十五日以内に窓口で";
let slipCode = "";

async function checkScreen(page: Page, name: string) {
  await expectNoA11yViolations(page);
  await shot(page, name);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  return page;
}

async function addQuestion(
  page: Page,
  kind: string,
  label: string,
  key: string,
  visibleIf: [string, string],
) {
  await page.getByRole("button", { name: "質問を追加" }).click();
  const add = page.getByRole("form", { name: "質問の追加" });
  await add.getByLabel("種類", { exact: true }).selectOption({ label: kind });
  await add.getByLabel("ラベル", { exact: true }).fill(label);
  await add.getByLabel("キー", { exact: true }).fill(key);
  await add.getByRole("button", { name: "追加する" }).click();
  const editor = page.getByRole("region", { name: "質問の編集" });
  await expect(editor.getByLabel("ラベル", { exact: true })).toHaveValue(label);
  await addCondition(editor.getByRole("region", { name: "表示条件" }), ...visibleIf);
}

async function openJuminIdou(page: Page) {
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page.getByRole("link", { name: /^住民異動/ }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/保存済み/).first()).toBeVisible();
  await expect(page.getByText("保存していない変更があります")).toHaveCount(0);
}

test("the system admin creates 税務課, its admin (who may publish) and its clerk", async ({ page }) => {
  await page.setViewportSize(screen);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "スタジオのメニュー" })
    .getByRole("link", { name: "職員・部署" })
    .click();
  const department = page.getByRole("form", { name: "部署を追加" });
  await department.getByLabel("部署名").fill("税務課");
  await department.getByLabel("部署キー").fill("zeimu");
  await department.getByLabel("窓口の場所").fill("2階 24番");
  await expect(department.getByRole("checkbox", { name: /連携課にする/ })).toBeChecked();
  await department.getByRole("button", { name: "部署を追加する" }).click();
  await expect(page.getByRole("row", { name: /税務課 zeimu 2階 24番/ })).toBeVisible();

  const prefix = runInfo().loginPrefix;
  accounts.admin = await addStaff(page, {
    name: "税務 一郎",
    loginId: `${prefix}zeimu-admin`,
    department: "税務課",
    roles: ["所属課の管理者（フローの編集）", "公開担当"],
  });
  accounts.clerk = await addStaff(page, {
    name: "税務 次郎",
    loginId: `${prefix}zeimu-clerk`,
    department: "税務課",
    roles: ["連携課職員（案内票のQR読み取り）"],
  });
  await expect(
    page.getByRole("row", {
      name: new RegExp(`税務 一郎 ${accounts.admin.id} 税務課 所属課の管理者、公開担当`),
    }),
  ).toBeVisible();
  await checkScreen(page, "new-department-staff");
});

test("the 税務課 admin adds its parts to 市民課's 住民異動, sees the rest 表示のみ, and publishes", async ({
  browser,
}) => {
  const page = await newPage(browser);
  await loginAs(page, STUDIO_URL, accounts.admin, ADMIN_PASSWORD);
  await openJuminIdou(page);
  await expect(
    page.getByText(/このフローは市民課の担当です。\s*税務課の質問・手続き・様式・テストを追加し/),
  ).toBeVisible();

  // 市民課's question: shown, not editable.
  await page.getByRole("button", { name: /^どの届出ですか/ }).click();
  const others = page.getByRole("region", { name: "市民課の担当（表示のみ）" });
  await expect(page.getByText("市民課の担当のため表示のみです。")).toBeVisible();
  await expect(others.getByLabel("ラベル", { exact: true })).toBeDisabled();
  await expect(others.getByRole("button", { name: "この質問を削除" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "並べ替え: どの届出ですか" })).toHaveCount(0);
  await checkScreen(page, "new-department-others-question");

  // 税務課's questions: whether a moped comes along (転入 only), then its 排気量 and 標識番号.
  await addQuestion(page, "はい/いいえ", QUESTIONS.hasMoped, "hasMoped", [
    "どの届出ですか（moveType）",
    "転入（市外から東雲市へ）",
  ]);
  await addQuestion(page, "数値", QUESTIONS.mopedDisplacement, "mopedDisplacement", [
    `${QUESTIONS.hasMoped}（hasMoped）`,
    "はい",
  ]);
  await addQuestion(page, "文字", QUESTIONS.mopedPlate, "mopedPlate", [
    `${QUESTIONS.hasMoped}（hasMoped）`,
    "はい",
  ]);
  const order = page.getByRole("list", { name: "質問の並び（上から順に聞きます）" });
  await expect(order.getByRole("listitem").last()).toContainText("自分の課");
  await checkScreen(page, "new-department-own-question");

  // The procedure: its department is fixed to 税務課.
  await page.getByRole("tab", { name: "手続き" }).click();
  await page.getByRole("button", { name: "手続きを追加" }).click();
  const add = page.getByRole("form", { name: "手続きを追加" });
  await add.getByLabel("手続きの名前").fill(PROCEDURE);
  await expect(add.getByLabel("担当課").locator("option")).toHaveText(["選択してください", "税務課"]);
  await add.getByLabel("担当課").selectOption({ label: "税務課" });
  // 税務課's own numbering (Z for zeimu): the published version keeps it, and later specs add their P18.
  await add.getByLabel("キー").fill("Z01");
  await add.getByRole("button", { name: "追加する" }).click();
  const detail = page.getByRole("region", { name: `手続き ${PROCEDURE}` });
  await expect(detail.getByLabel("担当課").locator("option")).toHaveText(["税務課（2階 24番）"]);
  const rule = detail.getByRole("region", { name: "適用条件" });
  await addCondition(rule, "どの届出ですか（moveType）", "転入（市外から東雲市へ）");
  await addCondition(rule, `${QUESTIONS.hasMoped}（hasMoped）`, "はい");
  await fillMopedProcedure(detail);
  const list = page.getByRole("list", { name: "手続きの一覧" });
  await expect(list.getByRole("button", { name: /^P01/ })).toContainText("（表示のみ）");
  await checkScreen(page, "new-department-procedure");

  // Its own PDF form, added as 税務課's, and four boxes mapped.
  await page.getByRole("tab", { name: "様式" }).click();
  await page.getByLabel("課の様式（PDF）を追加").setInputFiles(FIXTURE);
  const offer = page.getByRole("region", { name: "読み込んだ様式の追加" });
  await offer.getByLabel("様式の名前").fill(FORM_TITLE);
  await expect(offer.getByLabel("担当課").locator("option")).toHaveText(["税務課"]);
  await offer.getByRole("button", { name: "様式を追加" }).click();
  const fields = page.getByRole("list", { name: "様式の項目" });
  const mappings: [keyof typeof VALUE_BOXES, string, "standard" | "answer", string][] = [
    ["ownerName", "所有者氏名", "standard", "届出人の氏名"],
    ["ownerAddress", "所有者住所", "standard", "異動後の住所"],
    ["displacement", "総排気量", "answer", "mopedDisplacement"],
    ["plate", "標識番号", "answer", "mopedPlate"],
  ];
  for (const [box, name, how, value] of mappings) {
    await page.getByRole("button", { name: "項目を追加" }).click();
    const editor = page.getByRole("region", { name: /^項目「項目\d+」の設定$/ });
    await editor.getByLabel("項目の名前").fill(name);
    const field = page.getByRole("region", { name: `項目「${name}」の設定` });
    if (how === "standard") {
      await field.getByLabel("値の取り方").selectOption("standard");
      await field.getByLabel("印刷する項目").selectOption({ label: value });
    } else {
      await field.getByLabel("値の取り方").selectOption("answer");
      // Chosen from the list of the flow's answers (by its key, the option's value).
      await field.getByRole("combobox", { name: "回答の項目" }).selectOption(value);
    }
    const at = VALUE_BOXES[box];
    await field.getByLabel("左から（mm）").fill(String(at.xMm));
    await field.getByLabel("上から（mm）").fill(String(at.yMm));
    await field.getByLabel("幅（mm）").fill(String(at.widthMm));
    await field.getByLabel("高さ（mm）").fill(String(at.heightMm));
    await expect(fields.getByRole("button", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await checkScreen(page, "new-department-form-mapping");

  // The procedure prints it, once per household.
  await page.getByRole("tab", { name: "手続き" }).click();
  await list.getByRole("button", { name: new RegExp(`^Z01${PROCEDURE}`) }).click();
  const formOption = detail.getByLabel("追加する様式").locator("option", { hasText: FORM_TITLE });
  await detail.getByLabel("追加する様式").selectOption((await formOption.getAttribute("value")) ?? "");
  await detail.getByRole("button", { name: "＋ 様式を追加" }).click();
  await detail.getByLabel("様式1の枚数").selectOption({ label: "1枚（世帯員の行なし）" });
  await save(page);

  // A flow test recorded by answering the preview: the 転入 household with a moped.
  await page.getByRole("tab", { name: "テスト" }).click();
  await page.getByRole("button", { name: "回答してテストを記録" }).click();
  const preview = page.getByRole("region", { name: "回答してテストを記録" });
  const step = preview.getByRole("form", { name: "プレビューの質問" });
  const record = preview.getByRole("form", { name: "テストとして保存" });
  const asked = await walkInterview(
    step,
    record,
    () => step.getByRole("button", { name: /^(次へ|確認して次へ)$/ }).click(),
    moped,
  );
  expect(asked).toEqual(expect.arrayContaining(Object.keys(moped)));
  await expect(preview.getByRole("list", { name: "判定結果" })).toContainText(PROCEDURE);
  await record.getByLabel("テスト名").fill(TEST_NAME);
  await checkScreen(page, "new-department-test-recorded");
  await record.getByRole("button", { name: "この判定結果を期待値にしてテストを保存" }).click();
  await expect(page.getByText(`「${TEST_NAME}」を記録しました。保存すると残ります。`)).toBeVisible();
  await save(page);

  // Publish: lint and every flow test pass.
  await page.getByRole("tab", { name: "公開" }).click();
  await expect(page.getByText("✓ 公開を止める問題はありません")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "公開すると変わること" }).getByText(`手続きを追加: Z01（${PROCEDURE}）`),
  ).toBeVisible();
  await publishFromTab(page);
  await checkScreen(page, "new-department-published");
  await page.context().close();
});

test("a counter clerk runs a 転入 with a moped and prints the slip, which lists 税務課", async ({ page }) => {
  await page.setViewportSize(screen);
  await login(page, COUNTER_URL, "counter");
  await page.getByRole("button", { name: /^住民異動.*の受付を始める/ }).click();
  const step = page.getByRole("form", { name: "質問への回答" });
  const review = page.getByRole("button", { name: "判定する" });
  const asked = await walkInterview(step, review, () => page.keyboard.press("Enter"), moped);
  expect(asked).toEqual(expect.arrayContaining(Object.keys(moped)));
  await review.click();
  await expect(page.getByRole("heading", { name: /税務課/ }).first()).toBeVisible();
  await expect(page.getByText(PROCEDURE).first()).toBeVisible();

  const slipHref = await page.getByRole("link", { name: "手続き案内票を印刷（PDF）" }).getAttribute("href");
  const slip = await fetchPdf(page.request, `${COUNTER_URL}${slipHref}`, "new-department-slip");
  const slipText = poppler.text(slip);
  expect(slipText).toContain("税務課");
  expect(slipText).toContain("2階 24番");
  expect(slipText).toContain(PROCEDURE);
  slipCode = decodeQr(poppler.png(slip, 1, 150)) ?? "";
  expect(slipCode).toMatch(/^[0-9A-Z.]+$/);
});

test("the 税務課 clerk scans the slip, sees only 税務課's part and prints the filled-in form", async ({
  browser,
}) => {
  expect(slipCode).not.toBe("");
  const page = await newPage(browser);
  await loginAs(page, COUNTER_URL, accounts.clerk, CLERK_PASSWORD);
  await expect(page).toHaveURL(/\/scan$/);
  const field = page.getByLabel(/QRコード/);
  await field.fill(slipCode);
  await field.press("Enter");
  await expect(page.getByText(PROCEDURE).first()).toBeVisible();
  await expect(page.getByText("児童手当")).toHaveCount(0);
  await expect(page.getByText("国民健康保険")).toHaveCount(0);
  await checkScreen(page, "new-department-scan");

  const href = await page.getByRole("link", { name: "申請書を印刷（PDF）" }).getAttribute("href");
  const pdf = await fetchPdf(page.request, `${COUNTER_URL}${href}`, "new-department-form");
  const text = poppler.text(pdf).replace(/\s+/g, "");
  expect(text).toContain(FORM_TITLE);
  expect(text).toContain(household[0]!.name.replace(/\s+/g, ""));
  expect(text).toContain("東雲市");
  expect(text).toContain("9-1");
  // The 排気量 printed in its box (the only "50" on the form).
  const fifty = poppler.words(pdf).filter((w) => w.text === "50");
  expect(fifty).toHaveLength(1);
  expect(fifty[0]?.yMm).toBeGreaterThan(VALUE_BOXES.displacement.yMm - 1);
  expect(fifty[0]?.yMm).toBeLessThan(VALUE_BOXES.displacement.yMm + VALUE_BOXES.displacement.heightMm);
  expect(text).toContain("さいたま市あ1234");
  await page.context().close();
});

test("the 税務課 admin takes its parts out of the draft again (later specs expect the seeded draft)", async ({
  browser,
}) => {
  const page = await newPage(browser);
  await loginAs(page, STUDIO_URL, accounts.admin, ADMIN_PASSWORD);
  await openJuminIdou(page);
  await page.getByRole("tab", { name: "手続き" }).click();
  await page
    .getByRole("list", { name: "手続きの一覧" })
    .getByRole("button", { name: new RegExp(`^Z01${PROCEDURE}`) })
    .click();
  await page.getByRole("button", { name: "この手続きを削除" }).click();
  await page.getByRole("tab", { name: "質問" }).click();
  for (const label of Object.values(QUESTIONS).reverse()) {
    await page.getByRole("button", { name: new RegExp(`^${label.replace(/[()（）]/g, ".")}`) }).click();
    await page.getByRole("button", { name: "この質問を削除" }).click();
  }
  await page.getByRole("tab", { name: "テスト" }).click();
  await page.getByRole("button", { name: new RegExp(`^削除\\s*（${TEST_NAME}）$`) }).click();
  await save(page);
  await page.getByRole("tab", { name: "様式" }).click();
  await page
    .getByRole("list", { name: "様式の一覧" })
    .getByRole("button", { name: new RegExp(FORM_TITLE) })
    .click();
  await page.getByRole("button", { name: "様式を削除" }).click();
  await expect(page.getByText(new RegExp(`様式「F\\d+ ${FORM_TITLE}」を削除しました`))).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /^原動機付自転車|^原付/ })).toHaveCount(0);
  await page.context().close();
});
