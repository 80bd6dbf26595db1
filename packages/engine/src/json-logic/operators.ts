import type { OperatorTable } from "./evaluate";
import { arithmeticOperators } from "./operators/arithmetic";
import { arrayOperators } from "./operators/arrays";
import { comparisonOperators } from "./operators/comparison";
import { controlOperators } from "./operators/control";
import { dataOperators } from "./operators/data";
import { stringOperators } from "./operators/strings";

/** The standard JSON Logic operators. Our domain operators are added the same way (see engine-operators). */
export const standardOperators: OperatorTable = Object.freeze({
  ...dataOperators,
  ...controlOperators,
  ...comparisonOperators,
  ...arithmeticOperators,
  ...stringOperators,
  ...arrayOperators,
});
