import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";

export const SHOTS_DIR = join(import.meta.dirname, "..", ".out", "screenshots");
let n = 0;

/** A full-page screenshot per screen of the walk-through, numbered in order, for people to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  n += 1;
  await page.screenshot({
    path: join(SHOTS_DIR, `${String(n).padStart(2, "0")}-${name}.png`),
    fullPage: true,
  });
}
