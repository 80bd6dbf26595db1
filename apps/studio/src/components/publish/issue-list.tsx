import type { ErrorIssue } from "@/lib/trpc-error";

/** Lint results from the server, already in Japanese; the path says where in the flow to look. */
export function IssueList({ title, issues }: { title: string; issues: ErrorIssue[] }) {
  return (
    <div className="mt-2">
      <p className="font-bold">
        {title}（{issues.length}件）
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that is replaced, never reordered
          <li key={i}>
            {issue.message}
            {issue.path && <span className="ml-2 text-sm text-solid-gray-700">（場所: {issue.path}）</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
