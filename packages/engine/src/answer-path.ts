import type { Answers } from "./bundle";

/**
 * Answer paths are dotted keys with numeric indices into groups: "applicant.name",
 * "members.2.birthDate". Reads never throw; a missing step yields undefined.
 */
export function answerPath(path: string): (string | number)[] {
  return [...segmentsOf(path)];
}

export function getAnswer(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const segment of segmentsOf(path)) {
    if (current === null || typeof current !== "object") return undefined;
    if (Array.isArray(current) !== (typeof segment === "number")) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `answers` with `value` at `path` (undefined removes the key); shared parts are reused. */
export function putAnswer(answers: Answers, path: string, value: unknown): Answers {
  return putIn(answers, segmentsOf(path), 0, value) as Answers;
}

/** Parsed paths, shared: the interview reads the same few hundred paths on every step. */
const parsedPaths = new Map<string, readonly (string | number)[]>();

function segmentsOf(path: string): readonly (string | number)[] {
  let segments = parsedPaths.get(path);
  if (!segments) {
    // Paths come from the bundle's questions; the cap only guards a long-lived server's memory.
    if (parsedPaths.size >= 10_000) parsedPaths.clear();
    segments = Object.freeze(
      path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
    );
    parsedPaths.set(path, segments);
  }
  return segments;
}

function putIn(
  container: unknown,
  segments: readonly (string | number)[],
  at: number,
  value: unknown,
): unknown {
  if (at >= segments.length) return value;
  const head = segments[at] as string | number;
  if (typeof head === "number") {
    const list = Array.isArray(container) ? [...container] : [];
    while (list.length < head) list.push({});
    list[head] = putIn(list[head], segments, at + 1, value);
    return list;
  }
  const record: Record<string, unknown> =
    container !== null && typeof container === "object" && !Array.isArray(container)
      ? { ...(container as Record<string, unknown>) }
      : {};
  const next = putIn(record[head], segments, at + 1, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}
