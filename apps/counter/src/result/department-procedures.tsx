import { type DeterminedDepartment, type DeterminedProcedure, japanToday } from "@kakanai/engine";
import { Badge, Card } from "@kakanai/ui";
import type { ReactNode } from "react";
import { wareki } from "@/lib/format";

interface Props {
  department: DeterminedDepartment;
  memberNames: (index: number) => string;
  /** Heading level of the department; procedures are one below. */
  level?: 2 | 3;
}

/** One department's procedures: where to go, why each applies, for whom, by when, what to bring. */
export function DepartmentProcedures({ department, memberNames, level = 2 }: Props) {
  return (
    <Card
      title={department.name}
      headingLevel={level}
      aside={department.counter ? <Badge tone="info">窓口 {department.counter}</Badge> : undefined}
    >
      <ul className="grid gap-4">
        {department.procedures.map((p) => (
          <ProcedureItem
            key={p.key}
            procedure={p}
            memberNames={memberNames}
            level={level === 2 ? "h3" : "h4"}
          />
        ))}
      </ul>
    </Card>
  );
}

function ProcedureItem({
  procedure: p,
  memberNames,
  level: H,
}: {
  procedure: DeterminedProcedure;
  memberNames: (i: number) => string;
  level: "h3" | "h4";
}) {
  const dueToday = p.deadline !== null && p.deadline === japanToday();
  return (
    <li
      className={
        dueToday
          ? "rounded-8 border-2 border-error-1 bg-red-50 p-4"
          : "rounded-8 border border-solid-gray-200 p-4"
      }
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <H className="text-lg font-bold">{p.title}</H>
        {p.deadline &&
          (dueToday ? (
            <Badge tone="error">期限は今日まで（{wareki(p.deadline)}）</Badge>
          ) : (
            <Badge tone="warning">期限 {wareki(p.deadline)}まで</Badge>
          ))}
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-base sm:grid-cols-[7rem_1fr]">
        {p.reasons.length > 0 && (
          <Row term="該当する理由">
            <ul className="list-disc pl-5">
              {p.reasons.map((r, i) => (
                // Reasons can repeat word for word (one per member), so the position is the key.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={i}>{r}</li>
              ))}
            </ul>
          </Row>
        )}
        {p.members.length > 0 && <Row term="対象の方">{p.members.map(memberNames).join("、")}</Row>}
        {p.itemsToBring.length > 0 && <Row term="持ち物">{p.itemsToBring.join("、")}</Row>}
        {p.forms.length > 0 && (
          <Row term="申請書">
            <ul className="list-disc pl-5">
              {p.forms.map((f) => (
                <li key={`${f.formKey}-${f.members.join(",")}`}>
                  {f.title}
                  {f.mode === "each" &&
                    f.members.length > 0 &&
                    `（${f.members.map(memberNames).join("、")}）`}
                  {f.sheets > 1 && `　${f.sheets}枚`}
                </li>
              ))}
            </ul>
          </Row>
        )}
      </dl>
    </li>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold text-solid-gray-700">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
