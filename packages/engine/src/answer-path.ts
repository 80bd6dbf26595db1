import type { Answers } from "./bundle";

/**
 * Answer paths are dotted keys with numeric indices into groups: "applicant.name",
 * "members.2.birthDate". Reads never throw; a missing step yields undefined.
 */
export function answerPath(path: string): (string | number)[] {
  return path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function getAnswer(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const segment of answerPath(path)) {
    if (current === null || typeof current !== "object") return undefined;
    if (Array.isArray(current) !== (typeof segment === "number")) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `answers` with `value` at `path` (undefined removes the key); shared parts are reused. */
export function putAnswer(answers: Answers, path: string, value: unknown): Answers {
  return putIn(answers, answerPath(path), value) as Answers;
}

function putIn(container: unknown, segments: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (typeof head === "number") {
    const list = Array.isArray(container) ? [...container] : [];
    while (list.length < head) list.push({});
    list[head] = putIn(list[head], rest, value);
    return list;
  }
  const record: Record<string, unknown> =
    container !== null && typeof container === "object" && !Array.isArray(container)
      ? { ...(container as Record<string, unknown>) }
      : {};
  const next = putIn(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}
