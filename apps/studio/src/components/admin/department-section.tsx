"use client";
import { Alert, Badge, Button, Card, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { DepartmentForm, type DepartmentRow } from "./department-form";

/** The city's departments: a table, and one form that adds a department or edits the chosen one. */
export function DepartmentSection() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.departments.list.queryOptions());
  const [editing, setEditing] = useState<DepartmentRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card title="部署">
      {list.isPending && <Spinner label="部署を読み込んでいます" showLabel />}
      {list.isError && (
        <Alert tone="error" title="部署を読み込めませんでした">
          {readError(list.error).message}
        </Alert>
      )}
      {list.data && (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">部署の一覧</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-2 pr-4">
                部署名
              </th>
              <th scope="col" className="py-2 pr-4">
                キー
              </th>
              <th scope="col" className="py-2 pr-4">
                窓口の場所
              </th>
              <th scope="col" className="py-2 pr-4">
                手続き案内票
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((d) => (
              <tr key={d.id} className="border-b border-solid-gray-200">
                <td className="py-2 pr-4 font-bold">{d.name}</td>
                <td className="py-2 pr-4 font-mono">{d.key}</td>
                <td className="py-2 pr-4">{d.counter || "—"}</td>
                <td className="py-2 pr-4">
                  {d.linked ? (
                    <Badge tone="success">載せる（連携課）</Badge>
                  ) : (
                    <Badge tone="neutral">載せない</Badge>
                  )}
                </td>
                <td className="py-2 text-right">
                  <Button
                    variant="tertiary"
                    size="sm"
                    aria-label={`${d.name}を編集`}
                    onClick={() => {
                      setNotice(null);
                      setEditing(d);
                    }}
                  >
                    編集
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice && (
        <Alert tone="success" className="mt-4">
          {notice}
        </Alert>
      )}
      <DepartmentForm
        key={editing?.id ?? "new"}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setNotice(message);
        }}
        onCancel={() => setEditing(null)}
        onStart={() => setNotice(null)}
      />
    </Card>
  );
}
