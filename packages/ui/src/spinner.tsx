import { cn } from "./cn";

/** A spinner with a text label for screen readers (and optionally on screen). */
export function Spinner({
  label = "読み込み中",
  showLabel = false,
  className,
}: {
  label?: string;
  showLabel?: boolean;
  className?: string;
}) {
  return (
    <span role="status" className={cn("inline-flex items-center gap-2", className)}>
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-[3px] border-blue-200 border-t-blue-900"
      />
      <span className={showLabel ? "" : "sr-only"}>{label}</span>
    </span>
  );
}
