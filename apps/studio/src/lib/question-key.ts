/** What the engine accepts for one key segment (bundle.ts allows dotted paths of these). */
export const keyPattern = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Labels are Japanese, keys are ASCII, so a key cannot be derived from the label. Suggest a short
 * neutral one (q1, q2, …) that is free; the admin may type a meaningful English key instead.
 */
export function suggestKey(taken: ReadonlySet<string>, prefix = "q"): string {
  for (let n = taken.size + 1; ; n++) {
    const candidate = `${prefix}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Japanese message for a key that cannot be used, or null when it is fine. */
export function keyProblem(key: string, taken: ReadonlySet<string>): string | null {
  if (key.length === 0) return "キーを入力してください。";
  if (!keyPattern.test(key)) {
    return "キーは半角英字で始め、半角英数字と _ だけで入力してください（例: hasPet）。";
  }
  if (taken.has(key)) return `キー「${key}」はすでに使われています。別のキーにしてください。`;
  return null;
}

/** A stable id for a new question; only used for identity in the editor, never shown. */
export function newQuestionId(): string {
  return `q_${crypto.randomUUID()}`;
}
