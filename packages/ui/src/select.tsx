import { forwardRef, type ReactNode, type SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClassName, FieldError, FieldHint, RequiredMark, useFieldIds } from "./field";

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  requiredMark?: boolean;
  options: { value: string; label: string }[];
  /** Text of an empty first option (e.g. 「選択してください」); omitted → no empty option. */
  placeholder?: string;
}

export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, hint, error, requiredMark, options, placeholder, id, className, ...rest },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={className}>
      <label htmlFor={ids.inputId} className="block font-bold">
        {label}
        <RequiredMark required={requiredMark} />
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <select
        ref={ref}
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(controlClassName(Boolean(error)), "mt-2 appearance-auto pr-8")}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
});
