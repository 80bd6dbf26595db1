import type { z } from "zod";

/** A zod error map that speaks Japanese, so a wrong bundle tells its author what to fix. */
export const japaneseErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    return "必須です";
  }
  switch (issue.code) {
    case "invalid_type":
      return `型が正しくありません (${typeLabel(issue.expected)}を指定してください)`;
    case "invalid_value":
      return `次のいずれかを指定してください: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `${issue.minimum}${issue.origin === "string" ? "文字" : "件"}以上にしてください`
        : `${issue.minimum}以上にしてください`;
    case "too_big":
      return `${issue.maximum}以下にしてください`;
    case "invalid_format":
      return "形式が正しくありません";
    case "unrecognized_keys":
      return `不明な項目があります: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "JSONとして正しくない値です";
    default:
      return undefined;
  }
};

function typeLabel(expected: string): string {
  const labels: Record<string, string> = {
    string: "文字列",
    number: "数値",
    int: "整数",
    boolean: "真偽値",
    array: "配列",
    object: "オブジェクト",
    record: "オブジェクト",
  };
  return labels[expected] ?? expected;
}

/** procedures[3].departmentKey — the path as an author would write it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "(全体)" : out;
}

export interface IssueSummary {
  path: string;
  message: string;
}

export function summarizeIssues(error: z.ZodError): IssueSummary[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
