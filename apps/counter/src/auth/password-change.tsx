"use client";

import { minPasswordLength } from "@kakanai/api/password-policy";
import { PasswordChangeForm } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

/** The field a refusal is about (data.issues[0].path), so the form shows it there too. */
function issueField(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const issues = (error.data as { issues?: { path?: unknown }[] } | undefined)?.issues;
  const path = issues?.[0]?.path;
  return typeof path === "string" ? path : undefined;
}

/**
 * The clerk changes their own password (the server ends their other sessions). `required`: an admin
 * issued the current one, and the counter opens once it is changed.
 */
export function PasswordChange({ required = false }: { required?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">パスワードの変更</h1>
      {!required && (
        <p className="text-solid-gray-700">
          変更すると、ほかの端末やブラウザでのログインはすべて終了します。
        </p>
      )}
      <PasswordChangeForm
        key={change.isSuccess ? "done" : "editing"}
        minLength={minPasswordLength}
        requiredFor={required ? "窓口の画面" : undefined}
        done={change.isSuccess && !required}
        pending={change.isPending}
        error={change.error && { message: errorMessage(change.error), field: issueField(change.error) }}
        onSubmit={(values) => change.mutate(values)}
      />
    </div>
  );
}
