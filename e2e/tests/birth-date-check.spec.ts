import { type Browser, expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { publishFromTab } from "../support/publish-flow";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";
import { addStaff, loginAs, type StaffAccount } from "../support/staff-accounts";

const screen = { width: 1366, height: 768 };
const DAY_MS = 24 * 60 * 60 * 1000;
const FUTURE_MESSAGE = "今日より後の日付は入力できません";

/** 「R8.12.2」: a day in Japan written the short 和暦 way a clerk types it (令和 from 2019). */
function shortReiwa(at: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(at).split("-");
  return `R${Number(y) - 2018}.${Number(m)}.${Number(d)}`;
}

/** A 出生 at the counter: a birth date after today is refused in Japanese; today is accepted. */
test("出生: a date of birth after today is refused with a Japanese message", async ({ page }) => {
  await page.setViewportSize(screen);
  await login(page, COUNTER_URL, "counter");
  await page.getByRole("button", { name: /^出生.*の受付を始める/ }).click();
  await expect(page).toHaveURL(/\/interview\//);
  for (const [label, value] of [
    [/赤ちゃんの氏名/, "東雲 陽"],
    [/赤ちゃんのフリガナ/, "シノノメ ヒナタ"],
  ] as const) {
    const box = page.getByRole("textbox", { name: label });
    await box.fill(value);
    await box.press("Enter");
  }
  const born = page.getByRole("textbox", { name: /生まれた日/ });
  await born.fill(shortReiwa(new Date(Date.now() + DAY_MS)));
  await born.press("Enter");
  await expect(page.getByText(FUTURE_MESSAGE).first()).toBeVisible();
  await expect(born).toBeVisible();
  await shot(page, "birth-date-future");
  await expectNoA11yViolations(page);

  await born.fill(shortReiwa(new Date()));
  await born.press("Enter");
  await expect(page.getByRole("progressbar", { name: "聞き取りの進み具合" })).toHaveAttribute(
    "aria-valuetext",
    /^回答済み 3 問/,
  );
});

/**
 * Without a developer: a department admin the system admin just created builds a flow of their own in
 * the studio, with a date of birth under a key of their choosing, ticks 「未来の日付は受け付けない」,
 * tries it in the preview and publishes; the counter then refuses a future date for it in Japanese.
 */
test.describe
  .serial("a date question's bound set by a department admin", () => {
    const FLOW = "印鑑登録の申請（生年月日の確認）";
    const QUESTION = "申請者の生年月日";
    const account: StaffAccount = { id: "", password: "" };

    test("the new 市民課 admin ticks 「未来の日付は受け付けない」 on their own question and publishes", async ({
      browser,
    }) => {
      const system = await newPage(browser);
      await login(system, STUDIO_URL, "admin");
      await system
        .getByRole("navigation", { name: "スタジオのメニュー" })
        .getByRole("link", { name: "職員・部署" })
        .click();
      Object.assign(
        account,
        await addStaff(system, {
          name: "市民 三郎",
          loginId: `${runInfo().loginPrefix}shimin-date-admin`,
          department: "市民課",
          roles: ["所属課の管理者（フローの編集）", "公開担当"],
        }),
      );
      await system.context().close();

      const page = await newPage(browser);
      await loginAs(page, STUDIO_URL, account, "生年月日は未来にならない");
      await page.getByRole("button", { name: "新しいフローを作る" }).click();
      const form = page.getByRole("form", { name: "新しいフロー" });
      await form.getByLabel("フロー名").fill(FLOW);
      await form.getByLabel("種類").selectOption({ label: "証明書" });
      await form.getByRole("button", { name: "作成して編集する" }).click();
      await expect(page.getByRole("heading", { name: FLOW })).toBeVisible();

      await page.getByRole("button", { name: "質問を追加" }).click();
      const add = page.getByRole("form", { name: "質問の追加" });
      await add.getByLabel("種類", { exact: true }).selectOption({ label: "日付" });
      await add.getByLabel("ラベル", { exact: true }).fill(QUESTION);
      await add.getByLabel("キー", { exact: true }).fill("shinseisha_seinengappi");
      await add.getByRole("button", { name: "追加する" }).click();
      const editor = page.getByRole("region", { name: "質問の編集" });
      await expect(editor.getByLabel("ラベル", { exact: true })).toHaveValue(QUESTION);
      const bounds = editor.getByRole("group", { name: "受け付ける日付" });
      await expect(bounds.getByRole("radio", { name: "制限なし" })).toBeChecked();
      // By keyboard: the radios are one stop, the arrow keys move the choice.
      await bounds.getByRole("radio", { name: "制限なし" }).focus();
      await page.keyboard.press("ArrowDown");
      await expect(bounds.getByRole("radio", { name: "未来の日付は受け付けない" })).toBeChecked();
      await bounds.scrollIntoViewIfNeeded();
      await shot(page, "studio-date-bound");
      await expectNoA11yViolations(page);
      await page.getByRole("button", { name: "保存", exact: true }).click();
      await expect(page.getByText(/保存済み/).first()).toBeVisible();

      // Kept on the server, and tried in the preview the way the counter will ask it.
      await page.reload();
      await page.getByRole("button", { name: new RegExp(`^${QUESTION}`) }).click();
      await expect(
        editor
          .getByRole("group", { name: "受け付ける日付" })
          .getByRole("radio", { name: "未来の日付は受け付けない" }),
      ).toBeChecked();
      await page.getByRole("tab", { name: "テスト" }).click();
      await page.getByRole("button", { name: "回答してテストを記録" }).click();
      const step = page.getByRole("form", { name: "プレビューの質問" });
      await answerDate(step, /届出の基準日/, new Date());
      await answerDate(step, new RegExp(QUESTION), new Date(Date.now() + DAY_MS));
      await expect(step.getByText(FUTURE_MESSAGE)).toBeVisible();
      await shot(page, "studio-date-bound-preview");

      await page.getByRole("tab", { name: "公開" }).click();
      await publishFromTab(page);
      await page.context().close();
    });

    test("the counter refuses a future date for it in Japanese, and takes today", async ({ page }) => {
      await page.setViewportSize(screen);
      await login(page, COUNTER_URL, "counter");
      await page
        .getByRole("button", { name: new RegExp(`^${FLOW.replace(/[()（）]/g, ".")}.*の受付を始める`) })
        .click();
      await expect(page).toHaveURL(/\/interview\//);
      const step = page.getByRole("form", { name: "質問への回答" });
      await answerDate(step, /届出の基準日/, new Date());
      const born = await answerDate(step, new RegExp(QUESTION), new Date(Date.now() + 365 * DAY_MS));
      await expect(step.getByText(FUTURE_MESSAGE)).toBeVisible();
      await expect(born).toBeFocused();
      await shot(page, "counter-date-bound");
      await expectNoA11yViolations(page);
      await answerDate(step, new RegExp(QUESTION), new Date());
      await expect(page.getByRole("button", { name: "判定する" })).toBeVisible();
    });
  });

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  return page;
}

/** Types a day into the date question labelled `label` and sends it with Enter; returns its box. */
async function answerDate(step: ReturnType<Page["getByRole"]>, label: RegExp, at: Date) {
  const box = step.getByRole("textbox", { name: label });
  await box.fill(shortReiwa(at));
  await box.press("Enter");
  return box;
}
