import type { FlowTest } from "@kakanai/engine";
import type { FlowDraft } from "@/lib/flow-draft";

/** 「転入（コピー）」, then 「転入（コピー2）」… — test names are keys, so never a duplicate. */
export function copyName(name: string, taken: string[]): string {
  const base = name.replace(/（コピー\d*）$/, "");
  for (let n = 1; ; n++) {
    const candidate = `${base}（コピー${n === 1 ? "" : n}）`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Inserts a copy right after the original and returns the copy's name. */
export function duplicateTest(draft: FlowDraft, index: number): { draft: FlowDraft; name: string } {
  const original = draft.tests[index];
  if (!original) return { draft, name: "" };
  const name = copyName(
    original.name,
    draft.tests.map((t) => t.name),
  );
  const copy: FlowTest = structuredClone({ ...original, name });
  const tests = [...draft.tests.slice(0, index + 1), copy, ...draft.tests.slice(index + 1)];
  return { draft: { ...draft, tests }, name };
}

export function removeTest(draft: FlowDraft, index: number): FlowDraft {
  return { ...draft, tests: draft.tests.filter((_, i) => i !== index) };
}

export function addTest(draft: FlowDraft, test: FlowTest): FlowDraft {
  return { ...draft, tests: [...draft.tests, test] };
}

export type ParsedAnswers = { ok: true; answers: Record<string, unknown> } | { ok: false; error: string };

/** The answers a clerk would give, pasted as JSON: must be one object keyed by question keys. */
export function parseAnswers(text: string): ParsedAnswers {
  if (text.trim() === "") return { ok: false, error: "回答を JSON で入力してください。" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'JSON として読めません。括弧や「"」の対応を確認してください。' };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, error: '{ "質問のキー": 回答 } の形のオブジェクトにしてください。' };
  }
  return { ok: true, answers: value as Record<string, unknown> };
}

/** The test at `index` replaced (answers edited, or the actual result accepted as expected). */
export function replaceTest(draft: FlowDraft, index: number, test: FlowTest): FlowDraft {
  return { ...draft, tests: draft.tests.map((t, i) => (i === index ? test : t)) };
}
