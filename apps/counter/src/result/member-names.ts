import { type Answers, type Bundle, flowPersons } from "@kakanai/engine";
import { personName } from "@kakanai/ui";

/**
 * Member index → name, for 「対象：東雲 太郎、東雲 花子」. Determination member indices point into the
 * flow's people (`flowPersons`: the household in 住民異動, the baby in 出生). Falls back to 「世帯員 n」.
 */
export function memberNames(bundle: Bundle, answers: Answers): (index: number) => string {
  const { items } = flowPersons(bundle, answers);
  return (index) => personName(items[index], index);
}
