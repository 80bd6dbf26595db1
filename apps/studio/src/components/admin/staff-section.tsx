"use client";
import { Alert, Badge, Button, Card, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { OneTimePassword, type ShownPassword } from "./one-time-password";
import { PasswordReset } from "./password-reset";
import { isStaffRole, roleShortLabels } from "./role-labels";
import { StaffForm, type StaffRow } from "./staff-form";

/** The city's staff accounts: a table, the add/edit form, password reset and the one-time password. */
export function StaffSection({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.staff.list.queryOptions());
  const departments = useQuery(trpc.admin.departments.list.queryOptions());
  const [editing, setEditing] = useState<StaffRow | null>(null);
  const [resetting, setResetting] = useState<StaffRow | null>(null);
  const [shown, setShown] = useState<ShownPassword | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));

  const choose = (row: StaffRow, action: "edit" | "reset") => {
    setNotice(null);
    setShown(null);
    setEditing(action === "edit" ? row : null);
    setResetting(action === "reset" ? row : null);
  };

  return (
    <Card title="職員">
      {list.isPending && <Spinner label="職員を読み込んでいます" showLabel />}
      {list.isError && (
        <Alert tone="error" title="職員を読み込めませんでした">
          {readError(list.error).message}
        </Alert>
      )}
      {list.data && (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">職員の一覧</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-2 pr-4">
                氏名
              </th>
              <th scope="col" className="py-2 pr-4">
                ログインID
              </th>
              <th scope="col" className="py-2 pr-4">
                所属課
              </th>
              <th scope="col" className="py-2 pr-4">
                役割
              </th>
              <th scope="col" className="py-2 pr-4">
                状態
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((s) => (
              <tr key={s.id} className="border-b border-solid-gray-200">
                <td className="py-2 pr-4 font-bold">{s.name}</td>
                <td className="py-2 pr-4 font-mono">{s.loginId}</td>
                <td className="py-2 pr-4">{s.departmentName ?? "—"}</td>
                <td className="py-2 pr-4">
                  {s.roles.map((r) => (isStaffRole(r) ? roleShortLabels[r] : r)).join("、")}
                </td>
                <td className="py-2 pr-4">
                  {s.disabled ? <Badge tone="error">無効</Badge> : <Badge tone="success">有効</Badge>}
                </td>
                <td className="py-2 text-right whitespace-nowrap">
                  <Button
                    variant="tertiary"
                    size="sm"
                    aria-label={`${s.name}を編集`}
                    onClick={() => choose(s, "edit")}
                  >
                    編集
                  </Button>
                  {s.id !== currentUserId && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      aria-label={`${s.name}のパスワードを再設定`}
                      onClick={() => choose(s, "reset")}
                    >
                      パスワード再設定
                    </Button>
                  )}
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
      {shown && <OneTimePassword shown={shown} onClose={() => setShown(null)} />}
      {resetting && (
        <PasswordReset
          key={resetting.id}
          staff={resetting}
          onDone={(password) => {
            setShown({
              title: `${resetting.name}さんの新しいパスワード`,
              loginId: resetting.loginId,
              password,
            });
            setResetting(null);
          }}
          onCancel={() => setResetting(null)}
        />
      )}
      <StaffForm
        key={editing?.id ?? "new"}
        editing={editing}
        isSelf={editing?.id === currentUserId}
        departmentOptions={departmentOptions}
        onCreated={(created) => {
          setNotice(null);
          setShown({
            title: `${created.name}さんのアカウントを作成しました。初期パスワードは次のとおりです。`,
            loginId: created.loginId,
            password: created.password,
          });
        }}
        onSaved={(name) => {
          setEditing(null);
          setNotice(`${name}さんのアカウントを保存しました。`);
        }}
        onCancel={() => setEditing(null)}
        onStart={() => {
          setNotice(null);
          setShown(null);
        }}
      />
    </Card>
  );
}
