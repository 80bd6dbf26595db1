"use client";
import { useId } from "react";
import { ValueEditor, type ValueEditorProps } from "react-querybuilder";

/**
 * Two departures from the stock editor, both for admins rather than programmers:
 * はい/いいえ questions hand back real booleans (the stock select would store "true" as a string),
 * and 「いずれか」 shows the choices as checkboxes instead of a multi-select list box.
 */
export function StudioValueEditor(props: ValueEditorProps) {
  const legendId = useId();
  const field = props.fieldData;
  if (field?.kind === "boolean") {
    return (
      <select
        className={props.className}
        title={props.title}
        aria-label={`${field.label} の値`}
        value={props.value === false || props.value === "false" ? "false" : "true"}
        disabled={props.disabled}
        onChange={(e) => props.handleOnChange(e.target.value === "true")}
      >
        <option value="true">はい</option>
        <option value="false">いいえ</option>
      </select>
    );
  }
  if ((props.operator === "in" || props.operator === "notIn") && Array.isArray(props.values)) {
    const selected = new Set(
      Array.isArray(props.value)
        ? props.value.map(String)
        : String(props.value ?? "")
            .split(",")
            .filter(Boolean),
    );
    const options = props.values as { name: string; label: string }[];
    const toggle = (name: string) => {
      const next = new Set(selected);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      props.handleOnChange(options.map((o) => o.name).filter((n) => next.has(n)));
    };
    return (
      <fieldset
        aria-labelledby={legendId}
        className="flex flex-wrap items-center gap-3 rounded-6 bg-white px-3 py-1"
      >
        <span id={legendId} className="sr-only">
          {field?.label} の値（複数選べます）
        </span>
        {options.map((o) => (
          <label key={o.name} className="flex items-center gap-1">
            <input
              type="checkbox"
              className="size-5 accent-blue-900"
              checked={selected.has(o.name)}
              disabled={props.disabled}
              onChange={() => toggle(o.name)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  return <ValueEditor {...props} />;
}
