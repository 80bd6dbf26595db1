export * from "./age";
export * from "./answer-path";
export * from "./answer-shape";
export * from "./bundle";
export * from "./date-bound";
export * from "./dates";
export * from "./department-parts";
export * from "./determine";
export * from "./diff-bundles";
export * from "./effective-answers";
export * from "./engine-operators";
export * from "./errors";
export * from "./evaluate";
export * from "./flow-persons";
export * from "./flow-test-expectation";
export * from "./form-sources";
export * from "./handoff-record";
export * from "./interview";
export {
  evaluate as evaluateJsonLogic,
  JsonLogicError,
  type Operator,
  type OperatorTable,
  standardOperators,
  truthy,
} from "./json-logic";
export * from "./kinship";
export * from "./lint-bundle";
export * from "./lookup-postal-code";
export * from "./merge-drafts";
export * from "./migrate-bundle";
export * from "./parse-bundle";
export * from "./postal-chunks";
export * from "./pre-application-code";
export * from "./print-data";
export * from "./reception-name";
export * from "./resident-bundle";
export * from "./rule-context";
export * from "./run-flow-tests";
export * from "./same-as";
export * from "./school-grade";
export * from "./set-answer";
export * from "./types";
export * from "./validate-answer";
export * from "./wareki";
