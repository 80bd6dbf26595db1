import { type ReactNode, type Ref, useId } from "react";
import { cn } from "./cn";
import { FieldError, FieldHint, RequiredMark } from "./field";

export interface ChoiceOption {
  value: string;
  label: string;
}

interface ChoiceGroupBaseProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  requiredMark?: boolean;
  options: ChoiceOption[];
  name?: string;
  /** Lays options out side by side (はい／いいえ) instead of one per line. */
  inline?: boolean;
  disabled?: boolean;
  className?: string;
  /** Ref to the input to focus when the group gets focus: the first checked option, else the first. */
  focusRef?: Ref<HTMLInputElement>;
  /** Large touch targets for the counter's 一問一答 screen. */
  large?: boolean;
}

export interface RadioGroupProps extends ChoiceGroupBaseProps {
  value: string | null;
  onChange: (value: string) => void;
}

export interface CheckboxGroupProps extends ChoiceGroupBaseProps {
  value: string[];
  onChange: (value: string[]) => void;
}

/** More options than this are laid out in columns. */
const LONG_LIST = 6;

/** Radio buttons in a fieldset; the legend is the group's accessible name. */
export function RadioGroup(props: RadioGroupProps) {
  return (
    <ChoiceGroup
      {...props}
      type="radio"
      isChecked={(v) => props.value === v}
      toggle={(v) => props.onChange(v)}
    />
  );
}

/** Checkboxes in a fieldset for a multiple choice; value is the list of checked option values. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const toggle = (v: string) =>
    props.onChange(props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
  return (
    <ChoiceGroup {...props} type="checkbox" isChecked={(v) => props.value.includes(v)} toggle={toggle} />
  );
}

function ChoiceGroup(
  props: ChoiceGroupBaseProps & {
    type: "radio" | "checkbox";
    isChecked: (v: string) => boolean;
    toggle: (v: string) => void;
  },
) {
  const { legend, hint, error, requiredMark, options, inline, disabled, className, focusRef, large } = props;
  const id = useId();
  const name = props.name ?? id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  // A long list (続柄: 14) reads down in columns, so 次へ stays on a laptop screen; arrow keys follow
  // the reading order.
  const columns = !inline && options.length > LONG_LIST;
  const focusIndex = Math.max(
    0,
    options.findIndex((o) => props.isChecked(o.value)),
  );
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="font-bold">
        {legend}
        <RequiredMark required={requiredMark} />
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div
        className={cn(
          "mt-2",
          inline
            ? "flex flex-row flex-wrap gap-2"
            : columns
              ? "columns-2 gap-2 lg:columns-3"
              : "flex flex-col gap-2",
        )}
      >
        {options.map((o, i) => {
          const checked = props.isChecked(o.value);
          return (
            <label
              key={o.value}
              className={cn(
                "flex cursor-pointer items-center gap-3 rounded-8 border px-4",
                large ? "min-h-14 text-lg" : "min-h-11",
                inline && "min-w-32",
                columns && "mb-2 break-inside-avoid",
                checked
                  ? "border-2 border-blue-900 bg-blue-50"
                  : "border-solid-gray-420 bg-white hover:border-black",
                error && !checked && "border-error-1",
              )}
            >
              <input
                ref={i === focusIndex ? focusRef : undefined}
                type={props.type}
                name={name}
                value={o.value}
                checked={checked}
                onChange={() => props.toggle(o.value)}
                className="size-6 shrink-0 cursor-pointer accent-blue-900"
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}
