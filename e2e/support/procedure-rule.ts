import type { Locator, Page } from "@playwright/test";

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
  await addCondition(page.getByRole("region", { name: "適用条件" }), condition.field, condition.value);
}

/** Adds 「field = value」 (the labels a person picks) in a condition builder's region. */
export async function addCondition(region: Locator, field: string, value: string) {
  await region.getByRole("button", { name: "＋ 条件を追加" }).click();
  const added = region.locator(".rule").last();
  await added.locator("select.rule-fields").selectOption({ label: field });
  await added.locator(".rule-value select, select.rule-value").selectOption({ label: value });
}
