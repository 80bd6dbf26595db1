import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * axe-core with the WCAG 2.1 A/AA rules on the current page. Any violation fails with its rule id and
 * the elements, so a regression in labels, contrast or landmarks is caught where it appears.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // Colours halfway through a CSS transition (a button under the pointer fading to its hover colour
  // as the next page appears) are not what anyone reads, and axe would judge their contrast: let
  // running transitions finish first. Spinners and other animations are not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}
