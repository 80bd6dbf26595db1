import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeQr, poppler } from "@kakanai/pdf/testing";
import { type BrowserType, expect, type LaunchOptions, type Page, test } from "@playwright/test";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { household } from "../support/interview-answers";
import { login } from "../support/login";
import { fetchPdf } from "../support/pdf";
import { shot } from "../support/screens";
import { walkInterview } from "../support/walk-interview";

/**
 * /scan's camera mode (issue 11, item 5), for a desk without a USB scanner: a clerk prints a real
 * slip, its QR is read back from the PDF and shown to Chromium's fake camera (a Y4M video written
 * here), and こども育成課 opens the camera mode and gets that reception's part. The decoder
 * (zxing-wasm) and its .wasm come from the counter itself, after the button, under the page's CSP.
 */
test.describe.configure({ mode: "serial" });

const VIDEO_DIR = join(import.meta.dirname, "..", ".out", "camera");
const screen = { width: 1366, height: 768 };
let slipCode = "";
let receptionNumber = "";

/** A 640×480 YUV4MPEG2 video whose every frame is this PNG centred on white (luma only, grey chroma). */
function y4mOf(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  const [w, h] = [640, 480];
  if (image.width > w || image.height > h)
    throw new Error(`QR image ${image.width}×${image.height} too large`);
  const luma = Buffer.alloc(w * h, 255);
  const [left, top] = [(w - image.width) >> 1, (h - image.height) >> 1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      luma[(top + y) * w + left + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  // Chromium loops the file; a few frames make one second of still video.
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array(10).fill(frame),
  ]);
}

/** Writes the video a fake camera shows: `text` as a large QR code with its quiet zone. */
async function qrVideo(name: string, text: string): Promise<string> {
  mkdirSync(VIDEO_DIR, { recursive: true });
  const png = await QRCode.toBuffer(text, { scale: 9, margin: 4, errorCorrectionLevel: "M" });
  writeFileSync(join(VIDEO_DIR, `${name}.png`), png);
  const file = join(VIDEO_DIR, `${name}.y4m`);
  writeFileSync(file, y4mOf(png));
  return file;
}

interface AtScan {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** CSP refusals the page reported. */
  violations: string[];
}

/**
 * The こども育成課 clerk at /scan in a browser of its own with a fake camera (this spec only):
 * `video` is what the camera sees (none: no camera), `prompt` how the permission prompt is answered.
 */
async function atScanWithCamera(
  browserType: BrowserType,
  launchOptions: LaunchOptions,
  camera: { video?: string; prompt: "accept" | "deny" },
  use: (scan: AtScan) => Promise<void>,
): Promise<void> {
  const browser = await browserType.launch({
    ...launchOptions,
    args: [
      ...(launchOptions.args ?? []),
      ...(camera.video
        ? ["--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${camera.video}`]
        : []),
      camera.prompt === "accept" ? "--use-fake-ui-for-media-stream" : "--deny-permission-prompts",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: screen, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy|Refused to/.test(m.text()))
        violations.push(m.text());
    });
    await login(page, COUNTER_URL, "kodomo");
    await expect(page.getByLabel(/QRコード/)).toBeFocused();
    await use({ page, requests, violations });
  } finally {
    await browser.close();
  }
}

const cameraButton = (page: Page) => page.getByRole("button", { name: "カメラで読み取る" });

test("a counter clerk runs a 転入 and prints the slip; its QR is read back from the PDF", async ({
  page,
}) => {
  await login(page, COUNTER_URL, "counter");
  await page.getByRole("button", { name: /^住民異動.*の受付を始める/ }).click();
  const review = page.getByRole("button", { name: "判定する" });
  await walkInterview(page.getByRole("form", { name: "質問への回答" }), review, () =>
    page.keyboard.press("Enter"),
  );
  await review.click();
  await expect(page.getByRole("heading", { name: /こども育成課/ }).first()).toBeVisible();
  receptionNumber =
    (await page
      .getByText(/受付番号/)
      .first()
      .locator("span")
      .textContent()) ?? "";
  expect(receptionNumber).toMatch(/\d/);

  const slipHref = await page.getByRole("link", { name: "手続き案内票を印刷（PDF）" }).getAttribute("href");
  const slip = await fetchPdf(page.request, `${COUNTER_URL}${slipHref}`, "camera-slip");
  slipCode = decodeQr(poppler.png(slip, 1, 150)) ?? "";
  expect(slipCode).toMatch(/^K1\.[A-Z2-7.]+$/);
});

test("こども育成課 opens the camera mode, shows the slip to the camera and gets that reception's part", async ({
  playwright,
  launchOptions,
}) => {
  expect(slipCode).not.toBe("");
  const video = await qrVideo("slip", slipCode);
  await atScanWithCamera(playwright.chromium, launchOptions, { video, prompt: "accept" }, async (scan) => {
    const { page, requests, violations } = scan;
    // The decoder is not part of /scan until the camera mode opens.
    expect(requests.filter((u) => u.endsWith(".wasm"))).toEqual([]);
    // The button is reached with the keyboard from the scanner field.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(cameraButton(page)).toBeFocused();
    await page.keyboard.press("Enter");

    // The reception opens by itself: 受付番号, こども育成課's procedures only, the child.
    await expect(page.getByText(/受付番号/).first()).toContainText(receptionNumber);
    await expect(page.getByText("児童手当").first()).toBeVisible();
    await expect(page.getByText("子ども医療費助成").first()).toBeVisible();
    await expect(page.getByText("国民健康保険")).toHaveCount(0);
    await expect(page.getByText(household[2]!.name).first()).toBeVisible();

    // The camera closed after the read, and focus is back in the scanner field for the next slip.
    await expect(page.getByLabel("カメラの映像")).toHaveCount(0);
    await expect(page.getByLabel(/QRコード/)).toBeFocused();
    // The result's primary action is on a 1366×768 laptop screen without scrolling.
    const box = await page.getByRole("link", { name: "申請書を印刷（PDF）" }).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(screen.height);
    await shot(page, "scan-camera-result");
    await expectNoA11yViolations(page);

    // The .wasm came from the counter's own static files; nothing left this origin; no CSP refusal.
    const wasm = requests.filter((u) => u.endsWith(".wasm"));
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(new RegExp(`^${COUNTER_URL}/_next/static/media/zxing_reader\\.[^/]+\\.wasm$`));
    expect(requests.filter((u) => !u.startsWith(COUNTER_URL) && !u.startsWith("data:"))).toEqual([]);
    expect(violations).toEqual([]);
  });
});

test("the camera mode names a QR that is no slip, a forged slip is refused, and Esc goes back to the scanner", async ({
  playwright,
  launchOptions,
}) => {
  expect(slipCode).not.toBe("");
  const notSlip = {
    video: await qrVideo("not-a-slip", "https://www.example.jp/"),
    prompt: "accept",
  } as const;
  await atScanWithCamera(playwright.chromium, launchOptions, notSlip, async ({ page }) => {
    await cameraButton(page).click();
    const panel = page.getByRole("region", { name: "カメラで読み取る" });
    const video = panel.getByLabel("カメラの映像");
    await expect(video).toBeVisible();
    await expect(panel.getByText("手続き案内票のQRコードではありません")).toBeVisible();
    // The camera is live (the fake camera's 640×480 frames play) while it waits for a slip.
    expect(await video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(640);
    await shot(page, "scan-camera-not-a-slip");
    await expectNoA11yViolations(page);
    // The camera mode fits a 1366×768 laptop screen without scrolling.
    const box = await panel.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(screen.height);

    // Esc stops the camera: the video goes, its track ends, focus is back in the scanner field.
    const track = await video.evaluateHandle(
      (v: HTMLVideoElement) => (v.srcObject as MediaStream).getVideoTracks()[0],
    );
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    expect(await track.evaluate((t) => (t as MediaStreamTrack).readyState)).toBe("ended");
    await expect(page.getByLabel(/QRコード/)).toBeFocused();
    await expect(cameraButton(page)).toBeVisible();
  });

  // A slip code whose MAC is changed: the server refuses it as it refuses the scanner's.
  const forged = `${slipCode.slice(0, -1)}${slipCode.at(-1) === "A" ? "B" : "A"}`;
  const forgedSlip = { video: await qrVideo("forged-slip", forged), prompt: "accept" } as const;
  await atScanWithCamera(playwright.chromium, launchOptions, forgedSlip, async ({ page }) => {
    await cameraButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "このQRコードは使えません" })).toBeVisible();
    await expect(page.getByText("受付番号")).toHaveCount(0);
    // The camera stays on for the right slip.
    await expect(page.getByLabel("カメラの映像")).toBeVisible();
    await shot(page, "scan-camera-forged");
    await page.getByRole("button", { name: "カメラを止める" }).click();
    await expect(page.getByLabel("カメラの映像")).toHaveCount(0);
  });
});

test("the camera mode says so when the camera is refused or there is none", async ({
  playwright,
  launchOptions,
}) => {
  const refused = { video: await qrVideo("refused", "K1"), prompt: "deny" } as const;
  await atScanWithCamera(playwright.chromium, launchOptions, refused, async ({ page }) => {
    await cameraButton(page).click();
    const alert = page.getByRole("alert").filter({ hasText: "カメラの使用が許可されていません" });
    await expect(alert).toBeVisible();
    await expect(page.getByLabel("カメラの映像")).toBeHidden();
    await shot(page, "scan-camera-refused");
    await expectNoA11yViolations(page);
  });

  await atScanWithCamera(playwright.chromium, launchOptions, { prompt: "accept" }, async ({ page }) => {
    await cameraButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "カメラが見つかりません" })).toBeVisible();
    await page.getByRole("button", { name: "カメラを止める" }).click();
    await expect(page.getByLabel(/QRコード/)).toBeFocused();
  });
});
