"use client";
import { type Bundle, type Determination, determine, type FlowTest } from "@kakanai/engine";
import { Alert, Button } from "@kakanai/ui";
import { useId, useMemo } from "react";
import { ExpectationChangeList } from "./expectation-change";

/**
 * 「実際の判定を期待値にする」 after a deliberate change: shows exactly how the expectation would
 * change before anything is changed; accepting touches the expectation only, never the answers.
 */
export function AcceptActualPanel({
  bundle,
  test,
  onAccept,
  onCancel,
}: {
  bundle: Bundle;
  test: FlowTest;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const ids = useId();
  const result = useMemo((): { d: Determination } | { error: string } => {
    try {
      return { d: determine(bundle, test.answers) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [bundle, test.answers]);
  return (
    <section
      aria-labelledby={`${ids}-title`}
      className="mt-3 rounded-8 border-2 border-blue-900 bg-white p-4"
    >
      <h4 id={`${ids}-title`} className="font-bold">
        「{test.name}」の期待値を実際の判定にする
      </h4>
      {"error" in result ? (
        <Alert tone="error" title="判定できないため、期待値にできません" className="mt-2">
          <p className="whitespace-pre-line">{result.error}</p>
        </Alert>
      ) : (
        <>
          <p className="mt-1 text-sm text-solid-gray-700">
            手続きや条件を意図して変えたときに使います。回答はそのままで、期待値だけが次のとおり変わります。
          </p>
          <div className="mt-2">
            <ExpectationChangeList
              bundle={bundle}
              test={test}
              determination={result.d}
              heading="期待値の変更"
            />
          </div>
        </>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {!("error" in result) && <Button onClick={onAccept}>この内容で期待値を更新</Button>}
        <Button variant="secondary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </section>
  );
}
