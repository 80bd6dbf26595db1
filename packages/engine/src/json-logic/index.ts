export { evalArgs, lazyArgs, unaryArg } from "./args";
export { isPlainObject, toNumber, truthy } from "./coerce";
export { JsonLogicError } from "./errors";
export { type Evaluation, evaluate, type Operator, type OperatorTable } from "./evaluate";
export { standardOperators } from "./operators";
