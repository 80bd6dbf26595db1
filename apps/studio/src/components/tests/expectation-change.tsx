import {
  type Bundle,
  type Determination,
  expectationChange,
  type FlowTest,
  flowTestOutcome,
  isNoChange,
} from "@kakanai/engine";
import { memberNames } from "./answer-text";

/**
 * Exactly what would change in a test's expectation if the determination became it: procedures
 * added (with the members they are for) or removed, and form counts before → after.
 */
export function ExpectationChangeList({
  bundle,
  test,
  determination,
  heading,
}: {
  bundle: Bundle;
  test: FlowTest;
  determination: Determination;
  heading: string;
}) {
  const change = expectationChange(test, flowTestOutcome(determination));
  const title = (key: string) => bundle.procedures.find((p) => p.key === key)?.title ?? "";
  const formTitle = (key: string) => bundle.forms.find((f) => f.key === key)?.title ?? "";
  const names = memberNames(bundle, test.answers, determination);
  const decided = (key: string) => determination.procedures.find((p) => p.key === key);
  if (isNoChange(change))
    return (
      <p className="font-bold text-green-1000">{heading}: 期待値と同じ結果です（テストは成功します）。</p>
    );
  return (
    <div className="rounded-8 border border-solid-gray-420 bg-white p-3">
      <p className="font-bold">{heading}</p>
      <ul aria-label={`${heading}（期待値との違い）`} className="mt-1 list-disc space-y-1 pl-6">
        {change.addedProcedures.map((k) => {
          const members = decided(k)?.members ?? [];
          return (
            <li key={`+${k}`}>
              <span className="font-bold">手続きが加わる:</span> {k} {title(k)}
              {members.length > 0 && `（対象: ${names(members).join("、")}）`}
            </li>
          );
        })}
        {change.removedProcedures.map((k) => (
          <li key={`-${k}`}>
            <span className="font-bold">手続きが外れる:</span> {k} {title(k)}
          </li>
        ))}
        {change.forms.map((f) => (
          <li key={`f${f.formKey}`}>
            <span className="font-bold">様式の件数:</span> {f.formKey} {formTitle(f.formKey)} {f.before}件 →{" "}
            {f.after}件
          </li>
        ))}
      </ul>
    </div>
  );
}
