import type { Page } from "@playwright/test";

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys in a setTimeout after the pick-up (Space),
 * so an arrow pressed at once can be lost on a busy machine. A timeout of our own, queued after the
 * pick-up, runs after dnd-kit's: once it has, the sensor hears the next key.
 */
export async function keyboardSensorListening(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
