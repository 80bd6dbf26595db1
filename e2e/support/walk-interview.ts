import { expect, type Locator } from "@playwright/test";
import { type Answer, answerFor, fillAnswer } from "./interview-answers";

/**
 * Answers every step of an interview form until `done` shows; `submit` goes on to the next step.
 * `extra` answers paths the household in interview-answers.ts does not. Returns the paths asked.
 */
export async function walkInterview(
  step: Locator,
  done: Locator,
  submit: () => Promise<void>,
  extra: Record<string, Answer> = {},
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 120; i++) {
    await expect(step.or(done).first()).toBeVisible();
    if (await done.isVisible()) return seen;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    seen.push(path);
    await fillAnswer(step, answerFor(path, kind, extra));
    await submit();
    await expect
      .poll(async () => {
        if (await done.count()) return "done";
        return step.evaluateAll((forms) => forms[0]?.getAttribute("data-path") ?? "loading");
      })
      .not.toBe(path);
  }
  throw new Error(`the interview did not end: ${seen.join(", ")}`);
}
