/** Changes between two versions, one Japanese sentence each (diffBundles). */
export function ChangeList({ label, changes, empty }: { label: string; changes: string[]; empty: string }) {
  if (changes.length === 0) return <p className="mt-2 text-solid-gray-700">{empty}</p>;
  return (
    <div className="mt-2">
      <p className="font-bold">
        {label}（{changes.length}件）
      </p>
      <ul aria-label={label} className="mt-1 list-disc space-y-1 pl-6">
        {changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
