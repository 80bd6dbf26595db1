"use client";
import { minPasswordLength } from "@kakanai/api/password-policy";
import { PasswordChangeForm } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formError } from "@/components/admin/issue-for";
import { useTRPC } from "@/trpc/react";

/**
 * The logged-in person changes their own password (the server ends their other sessions). `required`:
 * an admin issued the current one, and nothing else opens until it is changed.
 */
export function PasswordChange({ required = false }: { required?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      // auth.me carries mustChangePassword: the gate opens once it is read again.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const error = formError(change.error);
  return (
    <PasswordChangeForm
      key={change.isSuccess ? "done" : "editing"}
      minLength={minPasswordLength}
      requiredFor={required ? "スタジオ" : undefined}
      done={change.isSuccess && !required}
      pending={change.isPending}
      error={error && { message: error.message, field: Object.keys(error.fields)[0] }}
      onSubmit={(values) => change.mutate(values)}
    />
  );
}
