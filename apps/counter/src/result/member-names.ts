import type { Answers } from "@kakanai/engine";

/** Member index → name, for 「対象：東雲 太郎、東雲 花子」. Falls back to 「世帯員 n」. */
export function memberNames(answers: Answers, groupKey = "members"): (index: number) => string {
  const list = answers[groupKey];
  return (index) => {
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const name = item && typeof item.name === "string" ? item.name : "";
    return name || `世帯員 ${index + 1}`;
  };
}
