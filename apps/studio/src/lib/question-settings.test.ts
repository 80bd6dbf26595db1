import { describe, expect, it } from "vitest";
import type { DraftItemQuestion } from "./flow-draft";
import { dateBoundChoiceOf, withDateBound } from "./question-settings";

const date = (key: string, extra: Partial<DraftItemQuestion> = {}): DraftItemQuestion => ({
  id: key,
  key,
  kind: "date",
  label: "日付",
  required: true,
  ...extra,
});

describe("a date question's 受け付ける日付 in the editor", () => {
  it("writes the author's choice, and 制限なし as no setting", () => {
    const q = date("shinseisha.seinengappi");
    expect(dateBoundChoiceOf(q)).toBe("any");
    const bounded = withDateBound(q, "notFuture");
    expect(bounded).toEqual({ ...q, dateBound: "notFuture" });
    expect(dateBoundChoiceOf(withDateBound(bounded, "notPast"))).toBe("notPast");
    expect(withDateBound(bounded, "any")).toEqual(q);
  });

  it("shows a birthDate question of an older draft as refused in the future, which the engine does", () => {
    const older = date("birthDate");
    expect(dateBoundChoiceOf(older)).toBe("notFuture");
    // 制限なし must be written out there, or the key would still refuse future dates.
    const free = withDateBound(older, "any");
    expect(free).toEqual({ ...older, dateBound: "none" });
    expect(dateBoundChoiceOf(free)).toBe("any");
  });
});
