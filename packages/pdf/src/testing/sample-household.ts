import type { Answers } from "@kakanai/engine";
import { sampleHouseholdAnswers } from "../sample-household-answers";

/**
 * The preview household of `size` (1–7), for rendering tests. Its answers are valid as the counter
 * stores them: printing uses only the answers that count (a カナ typed in ひらがな would not).
 */
export function sampleHousehold(size = 4): Answers {
  return sampleHouseholdAnswers(size);
}
