import { forwardRef, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "./cn";
import { controlClassName, FieldError, FieldHint, RequiredMark, useFieldIds } from "./field";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "size"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Shows 必須/任意 next to the label; undefined shows nothing. */
  requiredMark?: boolean;
  size?: "md" | "lg";
  /** Hides the visible label (it stays the accessible name). */
  labelHidden?: boolean;
  /** Classes for the input itself (width); className styles the wrapper. */
  inputClassName?: string;
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, requiredMark, size = "md", labelHidden, id, className, inputClassName, ...rest },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={className}>
      <label htmlFor={ids.inputId} className={cn("block font-bold", labelHidden && "sr-only")}>
        {label}
        <RequiredMark required={requiredMark} />
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <input
        ref={ref}
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(controlClassName(Boolean(error), size), "mt-2", inputClassName)}
        {...rest}
      />
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
});
