import { type Answers, type Bundle, type Determination, flowPersons } from "@kakanai/engine";
import { personName } from "@kakanai/ui";

/** The people the determination's member indices point at, by name. */
export function memberNames(bundle: Bundle, answers: Answers, determination: Determination) {
  const data = { ...answers, on: determination.referenceDate };
  let items: unknown[] = [];
  try {
    items = flowPersons(bundle, data).items;
  } catch {
    items = [];
  }
  return (indices: number[]) => indices.map((i) => personName(items[i], i));
}
