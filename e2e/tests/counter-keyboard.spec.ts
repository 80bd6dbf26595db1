import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { ADDRESS_LABELS, type Answer, answerFor, household } from "../support/interview-answers";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * Issue 11, "Done when": a family of four moves in (転入) and the clerk walks the whole interview with
 * the keyboard alone — arrow keys for choices, Enter to go on, Alt+digit to reuse an answer given
 * before, Alt+digit on the review to jump to a person, Ctrl+Enter to 判定する. The count of
 * questions and keystrokes goes to e2e/.out/counter-keyboard.json. On a 1366×768 laptop the
 * review's 判定する and /scan's field are on screen without scrolling, and so is 次へ under 続柄's
 * fourteen choices.
 */
const screen = { width: 1366, height: 768 };
const OUT = join(import.meta.dirname, "..", ".out");

const FOURTH = {
  name: "東雲 蒼",
  kana: "しののめ あおい",
  birthDate: "H25.3.3",
  sex: "男",
  relationship: "子",
};
const family = [...household, FOURTH];
const perMember: Record<string, (m: (typeof family)[number]) => Answer> = {
  name: (m) => ({ text: m.name }),
  kana: (m) => ({ text: m.kana }),
  birthDate: (m) => ({ text: m.birthDate }),
  sex: (m) => ({ radio: m.sex }),
  relationship: (m) => ({ radio: m.relationship }),
};

function answerOf(path: string, kind: string): Answer {
  if (path === "members") return { text: String(family.length) };
  const m = /^members\.(\d+)\.(\w+)$/.exec(path);
  const member = m ? family[Number(m[1])] : undefined;
  const own = member && m ? perMember[m[2]!]?.(member) : undefined;
  return own ?? answerFor(path, kind);
}

/** Every key the clerk presses, counted; typed text counts one key per character (an IME's extra keys not included). */
class Keys {
  pressed = 0;
  typed = 0;
  tabs = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      this.pressed += 1;
      if (key === "Tab") this.tabs += 1;
      await this.page.keyboard.press(key);
    }
  }
  async type(text: string) {
    this.typed += [...text].length;
    await this.page.keyboard.type(text);
  }
  get total() {
    return this.pressed + this.typed;
  }
}

/** ひらがな → カタカナ and one space: how the counter stores a kana answer. */
const sameText = (a: string, b: string) => {
  const norm = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
      .replace(/\s+/g, " ")
      .trim();
  return norm(a) === norm(b);
};

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent ?? el?.getAttribute("aria-label") ?? "";
  });
const activeValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement).value ?? "");

/** Presses Tab until the focused control's label contains `label`. */
async function tabTo(page: Page, keys: Keys, label: string) {
  for (let i = 0; i < 15; i++) {
    if ((await activeLabel(page)).includes(label)) return;
    await keys.press("Tab");
  }
  throw new Error(`Tab never reached ${label}`);
}

/** Replaces the focused input's text, or keeps it when it already says the same. */
async function typeInto(page: Page, keys: Keys, text: string) {
  if (sameText(await activeValue(page), text)) return;
  if (await activeValue(page)) await keys.press("Control+a");
  await keys.type(text);
}

async function answerByKeyboard(page: Page, keys: Keys, step: Locator, kind: string, a: Answer) {
  if ("notice" in a || ("checks" in a && a.checks.length === 0)) {
    await keys.press("Enter");
    return;
  }
  if ("radio" in a) {
    const radios = step.getByRole("radio");
    const labels = (await radios.evaluateAll((rs) =>
      rs.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ""),
    )) as string[];
    const target = labels.indexOf(a.radio);
    expect(target, `${a.radio} among ${labels.join("、")}`).toBeGreaterThanOrEqual(0);
    const checked = await radios.evaluateAll((rs) => rs.findIndex((r) => (r as HTMLInputElement).checked));
    if (checked === target) {
      // already chosen
    } else if (checked < 0 && target === 0) await keys.press("Space");
    else {
      const from = Math.max(checked, 0);
      await keys.press(target > from ? "ArrowDown" : "ArrowUp", Math.abs(target - from));
    }
    await expect(step.getByRole("radio", { name: a.radio, exact: true })).toBeChecked();
    await keys.press("Enter");
    return;
  }
  if ("address" in a) {
    for (const [part, value] of Object.entries(a.address)) {
      await tabTo(page, keys, ADDRESS_LABELS[part] ?? part);
      await typeInto(page, keys, value);
    }
    await keys.press("Enter");
    return;
  }
  if ("text" in a) {
    // Said before (届出人 → 異動する方 1人目)? Take it with Alt+digit instead of typing it again.
    if (!sameText(await activeValue(page), a.text)) {
      const offers = step.getByRole("group", { name: "前の回答と同じにする" }).getByRole("button");
      const texts = await offers.allTextContents();
      const i = texts.findIndex((t) => sameText(t.replace(/^.*と同じ（(.*)）.*$/, "$1"), a.text));
      if (i >= 0) await keys.press(`Alt+${i + 1}`);
    }
    await typeInto(page, keys, a.text);
    await keys.press("Enter");
    return;
  }
  throw new Error(`no keyboard answer for ${kind}`);
}

test("a family of four moves in, walked with the keyboard alone; review and scan fit a laptop screen", async ({
  page,
}) => {
  await page.setViewportSize(screen);
  await login(page, COUNTER_URL, "counter");
  const start = page.getByRole("button", { name: /^住民異動.*の受付を始める/ });
  await expect(start).toBeVisible();
  const keys = new Keys(page);
  for (let i = 0; i < 40 && !(await start.evaluate((b) => b === document.activeElement)); i++) {
    await keys.press("Tab");
  }
  await expect(start).toBeFocused();
  await keys.press("Enter");

  const step = page.getByRole("form", { name: "質問への回答" });
  const review = page.getByRole("button", { name: "判定する" });
  const asked: string[] = [];
  let reused = 0;
  for (let i = 0; i < 150; i++) {
    await expect(step.or(review).first()).toBeVisible();
    if (await review.isVisible()) break;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    asked.push(path);
    if (path === "members.0.relationship") {
      // Fourteen 続柄 in columns: 次へ is on screen without scrolling.
      await expect(step.getByRole("button", { name: "次へ" })).toBeInViewport();
      await shot(page, "counter-relationship-columns");
    }
    if (path === "members.0.name") {
      await expect(step.getByRole("button", { name: /^届出人の氏名と同じ（東雲 太郎）/ })).toBeVisible();
      await shot(page, "counter-same-as");
      await expectNoA11yViolations(page);
    }
    const before = keys.total;
    await answerByKeyboard(page, keys, step, kind, answerOf(path, kind));
    if ((kind === "text" || kind === "kana") && keys.total - before <= 2) reused += 1;
    await expect
      .poll(async () => {
        if (await review.count()) return "review";
        return step.evaluateAll((forms) => forms[0]?.getAttribute("data-path") ?? "loading");
      })
      .not.toBe(path);
  }
  // 東雲 太郎, the 届出人, is member 1: his name comes from the 届出人's with Alt+1, his kana is already in.
  expect(reused).toBeGreaterThanOrEqual(2);
  const questions = asked.length;

  // The review: grouped by person, 判定する in view without scrolling, focus on the panel.
  await expect(page.getByRole("heading", { name: "内容を確認して判定する" })).toBeFocused();
  await expect(review).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const people = page.getByRole("navigation", { name: "確認する人と項目" }).getByRole("link");
  await expect(people).toContainText([
    "届出の内容",
    "届出人 東雲 太郎",
    "異動する方 1人目 東雲 太郎",
    "異動する方 2人目 東雲 花子",
    "異動する方 3人目 東雲 陽葵",
    "異動する方 4人目 東雲 蒼",
  ]);
  await shot(page, "counter-review-grouped");
  await expectNoA11yViolations(page);

  // Jump to 花子 with her Alt+digit, fix her name from the review, and come back to the same place.
  const hanako = people.filter({ hasText: "東雲 花子" });
  const shortcut = (await hanako.getAttribute("aria-keyshortcuts")) ?? "";
  expect(shortcut).toMatch(/^Alt\+\d$/);
  await keys.press(shortcut);
  await expect(page.getByRole("heading", { name: "異動する方 2人目 東雲 花子" })).toBeFocused();
  await keys.press("Tab");
  const fix = page.getByRole("button", { name: "修正：氏名（異動する方 2人目 東雲 花子）" });
  await expect(fix).toBeFocused();
  await keys.press("Enter");
  await expect(step).toHaveAttribute("data-path", "members.1.name");
  await expect(step.getByRole("button", { name: "確認画面に戻る" })).toBeVisible();
  await keys.press("Control+a");
  await keys.type("東雲 華子");
  await keys.press("Enter");
  await expect(page.getByRole("heading", { name: "内容を確認して判定する" })).toBeVisible();
  const fixed = page.getByRole("button", { name: "修正：氏名（異動する方 2人目 東雲 華子）" });
  await expect(fixed).toBeFocused();
  // Esc leaves a step opened from the review unchanged.
  await keys.press("Enter");
  await expect(step).toHaveAttribute("data-path", "members.1.name");
  await keys.press("Escape");
  await expect(fixed).toBeFocused();

  await keys.press("Control+Enter");
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByRole("heading", { name: /こども育成課/ }).first()).toBeVisible();

  mkdirSync(OUT, { recursive: true });
  const record = {
    flow: "住民異動（転入・4人世帯）",
    questions,
    keystrokes: keys.total,
    keysPressed: keys.pressed,
    charactersTyped: keys.typed,
    tabs: keys.tabs,
    answersReused: reused,
    viewport: screen,
  };
  writeFileSync(join(OUT, "counter-keyboard.json"), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`keyboard walk-through: ${JSON.stringify(record)}`);

  // /scan on the same laptop: the field is focused and in view at once.
  const scan = await page.context().browser()?.newPage({ viewport: screen, locale: "ja-JP" });
  if (!scan) throw new Error("no browser");
  await login(scan, COUNTER_URL, "kodomo");
  const field = scan.getByLabel(/QRコード/);
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  expect(await scan.evaluate(() => window.scrollY)).toBe(0);
  await scan.close();
});
