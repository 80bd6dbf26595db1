export { evalArgs, lazyArgs, unaryArg } from "./args";
export { isPlainObject, toNumber, truthy } from "./coerce";
export { evaluate, type RuleEvaluator, ruleEvaluator } from "./compile";
export { eagerOperator } from "./eager";
export { JsonLogicError } from "./errors";
export { type Evaluation, evaluateInterpreted, type Operator, type OperatorTable } from "./evaluate";
export { standardOperators } from "./operators";
