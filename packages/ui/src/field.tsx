import { type ReactNode, useId } from "react";
import { cn } from "./cn";

/** ids that tie a control to its hint and error (aria-describedby) and its label. */
export interface FieldIds {
  inputId: string;
  hintId: string;
  errorId: string;
  describedBy: string | undefined;
}

export function useFieldIds(id: string | undefined, hint: ReactNode, error: ReactNode): FieldIds {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const parts = [hint ? hintId : null, error ? errorId : null].filter(Boolean);
  return { inputId, hintId, errorId, describedBy: parts.length ? parts.join(" ") : undefined };
}

export function RequiredMark({ required }: { required?: boolean }) {
  if (required === undefined) return null;
  return required ? (
    <span className="ml-2 inline-block whitespace-nowrap rounded-4 bg-error-1 px-1.5 py-0.5 align-middle text-xs font-bold leading-1-5 text-white">
      必須
    </span>
  ) : (
    <span className="ml-2 inline-block whitespace-nowrap rounded-4 bg-solid-gray-600 px-1.5 py-0.5 align-middle text-xs font-bold leading-1-5 text-white">
      任意
    </span>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    // A div, not a p: hints may hold rendered help text with its own paragraphs and lists.
    <div id={id} className="mt-1 text-sm text-solid-gray-700">
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-1 flex items-start gap-1 text-sm font-bold text-error-1">
      <span aria-hidden="true">⚠</span>
      <span>{children}</span>
    </p>
  );
}

export const controlClassName = (invalid: boolean, size: "md" | "lg" = "md") =>
  cn(
    "block w-full rounded-8 border bg-white px-4 text-solid-gray-900 placeholder:text-solid-gray-420",
    "hover:border-black disabled:bg-solid-gray-50 disabled:text-solid-gray-420",
    size === "lg" ? "min-h-16 text-xl" : "min-h-14 text-base",
    invalid ? "border-2 border-error-1" : "border-solid-gray-600",
  );
