import type { Page } from "@playwright/test";

/**
 * In the open flow's 手続き tab, adds 「field = value」 to a procedure's 適用条件 in the visual rule
 * builder (react-querybuilder); `field` and `value` are the labels a person picks. Nothing is saved.
 */
export async function addProcedureCondition(
  page: Page,
  procedure: RegExp,
  condition: { field: string; value: string },
) {
  await page.getByRole("tab", { name: "手続き" }).click();
  await page.getByRole("button", { name: procedure }).click();
  const rule = page.getByRole("region", { name: "適用条件" });
  await rule.getByRole("button", { name: "＋ 条件を追加" }).click();
  const added = rule.locator(".rule").last();
  await added.locator("select.rule-fields").selectOption({ label: condition.field });
  await added.locator(".rule-value select, select.rule-value").selectOption({ label: condition.value });
}
