import type { Answers } from "@kakanai/engine";
import { sampleHouseholdAnswers } from "../sample-household-answers";

/**
 * The preview household of `size` (1–7), for rendering tests. The head's カナ is typed in ひらがな, so
 * the tests see the `kana` format turn it into カタカナ.
 */
export function sampleHousehold(size = 4): Answers {
  const answers = sampleHouseholdAnswers(size);
  const [head, ...others] = answers.members as Record<string, unknown>[];
  return { ...answers, members: [{ ...head, kana: "やまだ たろう" }, ...others] };
}
