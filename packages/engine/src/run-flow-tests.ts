import type { Bundle, FlowTest } from "./bundle";
import { determine } from "./determine";
import { flowTestOutcome } from "./flow-test-expectation";

export interface FlowTestOutcome {
  procedures: string[];
  forms: Record<string, number>;
}

export interface FlowTestResult {
  name: string;
  ok: boolean;
  expected: { procedures: string[]; forms?: Record<string, number> };
  actual: FlowTestOutcome;
  /** Japanese, one line per difference; empty when ok. */
  message: string;
}

/** Runs the bundle's own flow tests (answers → expected procedures and form counts). */
export function runFlowTests(bundle: Bundle): FlowTestResult[] {
  return bundle.tests.map((test) => runFlowTest(bundle, test));
}

export function runFlowTest(bundle: Bundle, test: FlowTest): FlowTestResult {
  const expected = { procedures: [...test.expectProcedures].sort(), forms: test.expectForms };
  let actual: FlowTestOutcome = { procedures: [], forms: {} };
  try {
    actual = flowTestOutcome(determine(bundle, test.answers));
  } catch (error) {
    const message = `判定できませんでした: ${error instanceof Error ? error.message : String(error)}`;
    return { name: test.name, ok: false, expected, actual, message };
  }
  const problems = [
    ...expected.procedures
      .filter((k) => !actual.procedures.includes(k))
      .map((k) => `${k} が判定されませんでした`),
    ...actual.procedures
      .filter((k) => !expected.procedures.includes(k))
      .map((k) => `${k} が余分に判定されました`),
    ...formProblems(expected.forms, actual.forms),
  ];
  return { name: test.name, ok: problems.length === 0, expected, actual, message: problems.join("\n") };
}

/** Every form key either side mentions must agree; a key left out of the expectation means 0. */
function formProblems(
  expected: Record<string, number> | undefined,
  actual: Record<string, number>,
): string[] {
  if (!expected) return [];
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return keys.flatMap((k) => {
    const want = expected[k] ?? 0;
    const got = actual[k] ?? 0;
    return want === got ? [] : [`${k}: 期待 ${want}件 / 実際 ${got}件`];
  });
}
