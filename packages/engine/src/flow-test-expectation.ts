import type { Answers, FlowTest } from "./bundle";
import type { FlowTestOutcome } from "./run-flow-tests";
import type { Determination } from "./types";

/** What a flow test compares: the procedures' keys (sorted) and how many of each form. */
export function flowTestOutcome(determination: Determination): FlowTestOutcome {
  const forms: Record<string, number> = {};
  for (const f of determination.procedures.flatMap((p) => p.forms))
    forms[f.formKey] = (forms[f.formKey] ?? 0) + 1;
  return { procedures: determination.procedures.map((p) => p.key).sort(), forms };
}

/** A new flow test whose expectation is exactly what the engine decided for these answers. */
export function recordFlowTest(name: string, answers: Answers, determination: Determination): FlowTest {
  const outcome = flowTestOutcome(determination);
  return {
    name,
    answers: answers as FlowTest["answers"],
    expectProcedures: outcome.procedures,
    expectForms: outcome.forms,
  };
}

export interface FormCountChange {
  formKey: string;
  before: number;
  after: number;
}

/**
 * What accepting the actual result would change in a test's expectation: procedures that become
 * expected or stop being expected, and form counts that differ. Forms are compared only when the test
 * expects forms at all (a test without `expectForms` ignores them, and accepting keeps it so).
 */
export interface ExpectationChange {
  addedProcedures: string[];
  removedProcedures: string[];
  forms: FormCountChange[];
}

export function expectationChange(test: FlowTest, actual: FlowTestOutcome): ExpectationChange {
  const expected = new Set(test.expectProcedures);
  const got = new Set(actual.procedures);
  const forms: FormCountChange[] = [];
  if (test.expectForms) {
    const keys = [...new Set([...Object.keys(test.expectForms), ...Object.keys(actual.forms)])].sort();
    for (const formKey of keys) {
      const before = test.expectForms[formKey] ?? 0;
      const after = actual.forms[formKey] ?? 0;
      if (before !== after) forms.push({ formKey, before, after });
    }
  }
  return {
    addedProcedures: [...got].filter((k) => !expected.has(k)).sort(),
    removedProcedures: [...expected].filter((k) => !got.has(k)).sort(),
    forms,
  };
}

export function isNoChange(change: ExpectationChange): boolean {
  return (
    change.addedProcedures.length === 0 && change.removedProcedures.length === 0 && change.forms.length === 0
  );
}

/**
 * The test with the actual result as its expectation; answers and name unchanged. Form counts of 0
 * are left out (a key left out means 0), so accepting twice changes nothing.
 */
export function acceptActual(test: FlowTest, actual: FlowTestOutcome): FlowTest {
  const accepted: FlowTest = { ...test, expectProcedures: [...actual.procedures].sort() };
  if (test.expectForms)
    accepted.expectForms = Object.fromEntries(Object.entries(actual.forms).filter(([, n]) => n > 0));
  return accepted;
}
