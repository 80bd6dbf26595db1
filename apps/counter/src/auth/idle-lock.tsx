"use client";

import { LoginForm } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

const activity = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/**
 * The counter laptop's idle lock: after `minutes` without a key, click or touch the screen is covered
 * and asks for the login again. What is underneath (an interview half done) stays as it was and is
 * shown again to the same clerk; someone else logging in starts afresh from the home screen. The
 * server ends an unused login after the same period (KAKANAI_IDLE_LOCK_MINUTES).
 */
export function IdleLock({
  minutes,
  userId,
  children,
}: {
  minutes: number;
  userId: string;
  children: ReactNode;
}) {
  const [locked, setLocked] = useState(false);
  const last = useRef(Date.now());
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (locked) return;
    last.current = Date.now();
    const seen = () => {
      last.current = Date.now();
    };
    for (const e of activity) window.addEventListener(e, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) setLocked(true);
    }, 1000);
    return () => {
      for (const e of activity) window.removeEventListener(e, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [locked, minutes]);

  const unlock = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async ({ user }) => {
        if (user.id !== userId) {
          // Another clerk: nothing of the previous screen is theirs to see.
          queryClient.clear();
          window.location.assign("/");
          return;
        }
        setLocked(false);
        await queryClient.invalidateQueries();
      },
    }),
  );

  return (
    <>
      <div inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && (
        <div
          role="dialog"
          aria-modal="true"
          aria-labelledby="idle-lock-title"
          className="fixed inset-0 z-50 flex items-center justify-center bg-solid-gray-50 p-4"
        >
          <section className="w-full max-w-md rounded-8 border border-solid-gray-420 bg-white p-6 shadow-lg">
            <h2 id="idle-lock-title" className="mb-1 text-2xl font-bold">
              画面をロックしました
            </h2>
            <p className="mb-6 text-solid-gray-700">
              {minutes}
              分間操作がなかったため、画面をロックしました。続けるには、もう一度ログインしてください（受付の内容はそのままです）。
            </p>
            <LoginForm
              autoFocus
              pending={unlock.isPending}
              error={unlock.error && errorMessage(unlock.error)}
              onSubmit={(credentials, form) => unlock.mutate(credentials, { onError: form.startOver })}
            />
          </section>
        </div>
      )}
    </>
  );
}
