import { forwardRef, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "./cn";
import { FieldError, FieldHint, useFieldIds } from "./field";

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

export const checkboxInputClassName =
  "mt-0.5 size-6 shrink-0 cursor-pointer rounded-4 border-solid-gray-600 accent-blue-900";

/** A single checkbox with its label to the right; the whole row is clickable. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, hint, error, id, className, ...rest },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={className}>
      <label htmlFor={ids.inputId} className="flex cursor-pointer items-start gap-3 py-1">
        <input
          ref={ref}
          type="checkbox"
          id={ids.inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={checkboxInputClassName}
          {...rest}
        />
        <span className={cn("text-base", error && "text-error-1")}>{label}</span>
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
});
