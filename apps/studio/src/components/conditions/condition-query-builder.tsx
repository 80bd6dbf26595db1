"use client";
import { type Field, QueryBuilder, type RuleGroupType } from "react-querybuilder";
import { combinators, translations } from "./condition-translations";
import { StudioValueEditor } from "./studio-value-editor";

interface Props {
  fields: Field[];
  query: RuleGroupType;
  onQueryChange: (query: RuleGroupType) => void;
}

/** react-querybuilder configured for our questions, Japanese labels and the DA look (editor.css). */
export function ConditionQueryBuilder({ fields, query, onQueryChange }: Props) {
  return (
    <div className="rqb-studio">
      <QueryBuilder
        fields={fields}
        query={query}
        onQueryChange={onQueryChange}
        combinators={combinators}
        translations={translations}
        controlElements={{ valueEditor: StudioValueEditor }}
        parseNumbers="strict-limited"
        // A negated group ({"!": …}) must look negated, or the admin would misread the rule.
        showNotToggle
        listsAsArrays
        resetOnFieldChange
        // Opening a procedure must not mark the draft as changed.
        enableMountQueryChange={false}
        accessibleDescriptionGenerator={({ path }) =>
          path.length === 0 ? "条件のまとまり" : `${path.length}段目の条件グループ`
        }
      />
    </div>
  );
}
