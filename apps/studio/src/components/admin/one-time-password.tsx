"use client";
import { Button } from "@kakanai/ui";
import { useEffect, useRef } from "react";

export interface ShownPassword {
  title: string;
  loginId: string;
  password: string;
}

/**
 * The only time a password is visible: the server returns it once and keeps only its hash. Focus
 * moves here so a screen reader reads it; 確認しました removes it from the page for good.
 */
export function OneTimePassword({ shown, onClose }: { shown: ShownPassword; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby="one-time-password-title"
      className="mt-4 rounded-8 border-2 border-success-1 bg-green-50 p-4 focus:outline-4 focus:outline-black"
    >
      <p id="one-time-password-title" className="font-bold">
        {shown.title}
      </p>
      <p className="mt-1">
        この画面を閉じると二度と表示されません。本人に伝え、ログイン後に使ってもらってください。
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">ログインID</dt>
        <dd className="font-mono">{shown.loginId}</dd>
        <dt className="font-bold">パスワード</dt>
        <dd>
          <code data-testid="one-time-password" className="rounded-4 bg-white px-2 py-1 font-mono text-lg">
            {shown.password}
          </code>
        </dd>
      </dl>
      <Button className="mt-3" variant="secondary" onClick={onClose}>
        確認しました
      </Button>
    </div>
  );
}
