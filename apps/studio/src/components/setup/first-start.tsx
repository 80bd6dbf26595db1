"use client";
import { minPasswordLength } from "@kakanai/api/password-policy";
import { Alert, Button, ButtonLink, NewPasswordFields, Spinner, TextField } from "@kakanai/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { formError } from "@/components/admin/issue-for";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

const empty = {
  municipalityName: "",
  lgCode: "",
  adminName: "",
  loginId: "",
  password: "",
  confirmPassword: "",
};
type Field = keyof typeof empty;

/**
 * The first start of a city: the municipality and its first system admin, with the password that
 * person chooses. Shown only while the database has no staff account; the server refuses a second
 * time whatever this screen shows.
 */
export function FirstStart() {
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions());
  const create = useMutation(trpc.setup.createFirstCity.mutationOptions());
  const [values, setValues] = useState(empty);
  const [mismatch, setMismatch] = useState(false);
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  if (create.isSuccess) {
    return (
      <div className="mt-6 space-y-6">
        <Alert tone="success" title="初期設定が完了しました">
          {values.municipalityName}とシステム管理者「{values.adminName}」を登録しました。ログインID「
          {create.data.loginId}」と決めたパスワードでログインしてください。
        </Alert>
        <ButtonLink href="/login" size="lg">
          ログイン画面へ
        </ButtonLink>
      </div>
    );
  }
  if (status.isPending) return <Spinner label="確認しています" showLabel />;
  if (status.isError)
    return (
      <Alert tone="error" title="状態を確認できませんでした" className="mt-6">
        {readError(status.error).message}
      </Alert>
    );
  if (!status.data.needed) {
    return (
      <div className="mt-6 space-y-6">
        <Alert tone="info" title="初期設定は完了しています">
          この Kakanai
          には職員のアカウントがあります。職員の追加やパスワードの再設定は、システム管理者がログインして「職員・部署」で行います。
        </Alert>
        <ButtonLink href="/login" size="lg">
          ログイン画面へ
        </ButtonLink>
      </div>
    );
  }

  const error = formError(create.error);
  const fieldError = (field: Field) =>
    field === "confirmPassword" && mismatch
      ? "パスワードと一致しません。同じものを入力してください。"
      : error?.fields[field];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const differs = values.password !== values.confirmPassword;
    setMismatch(differs);
    if (!differs) create.mutate(values);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-6 space-y-5"
      aria-label="自治体と最初のシステム管理者の登録"
    >
      <p className="text-solid-gray-700">
        自治体と、最初のシステム管理者を登録します。この画面は職員のアカウントが1つもない間だけ使え、登録すると使えなくなります。
      </p>
      {error && (
        <Alert tone="error" title="登録できませんでした">
          {error.message}
        </Alert>
      )}
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold">自治体</legend>
        <TextField
          label="自治体名"
          autoFocus
          value={values.municipalityName}
          onChange={set("municipalityName")}
          error={fieldError("municipalityName")}
        />
        <TextField
          label="地方公共団体コード"
          hint="検査数字を含む6桁の数字（例: 千代田区は 131016）"
          inputMode="numeric"
          value={values.lgCode}
          onChange={set("lgCode")}
          error={fieldError("lgCode")}
          inputClassName="w-40"
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold">システム管理者</legend>
        <TextField
          label="氏名"
          autoComplete="name"
          value={values.adminName}
          onChange={set("adminName")}
          error={fieldError("adminName")}
        />
        <TextField
          label="ログインID"
          hint="半角英数字と . _ - の3〜100文字"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={values.loginId}
          onChange={set("loginId")}
          error={fieldError("loginId")}
        />
        <NewPasswordFields
          label="パスワード"
          minLength={minPasswordLength}
          newPassword={values.password}
          confirmPassword={values.confirmPassword}
          onChange={(field, value) =>
            setValues((v) => ({ ...v, [field === "newPassword" ? "password" : field]: value }))
          }
          errors={{ newPassword: fieldError("password"), confirmPassword: fieldError("confirmPassword") }}
        />
      </fieldset>
      <Button type="submit" size="lg" disabled={create.isPending}>
        {create.isPending ? <Spinner label="登録しています" showLabel /> : "登録する"}
      </Button>
    </form>
  );
}
