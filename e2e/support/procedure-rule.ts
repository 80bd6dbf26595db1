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

/**
 * The moped registration's reason, 15-day deadline and items to bring (廃車申告受付書, 本人確認書類),
 * typed into an open procedure's detail as a department admin would.
 */
export async function fillMopedProcedure(detail: Locator) {
  await detail
    .getByLabel("理由（世帯に対して）")
    .fill("原付を持って転入されたため、東雲市での登録が必要です");
  await detail.getByLabel(/^基準日から何日以内/).fill("15");
  await detail.getByRole("button", { name: "＋ 持ち物を追加" }).click();
  await detail.getByLabel("持ち物1", { exact: true }).fill("廃車申告受付書");
  await detail.getByRole("button", { name: "＋ 持ち物を追加" }).click();
  await detail.getByLabel("持ち物2", { exact: true }).fill("本人確認書類");
}
