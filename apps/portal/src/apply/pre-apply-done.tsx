"use client";

import { Alert } from "@kakanai/ui";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";

export interface Submitted {
  code: string;
  display: string;
  expiresAt: Date;
}

const untilFormat = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Tokyo",
});

/**
 * The code and its QR: the QR holds the 9 characters of the code and nothing else, so neither a
 * screenshot nor a photo of it tells anyone what was typed.
 */
export function PreApplyDone({ title, submitted }: { title: string; submitted: Submitted }) {
  const [qr, setQr] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    void QRCode.toDataURL(submitted.code, { errorCorrectionLevel: "M", margin: 4, width: 240 }).then(setQr);
  }, [submitted.code]);

  return (
    <div className="grid gap-4 text-center">
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus-visible:outline-none">
        事前入力を受け付けました
      </h1>
      <p className="text-solid-gray-800">{title}</p>
      <div className="mx-auto">
        {qr && (
          // biome-ignore lint/performance/noImgElement: a data: URL drawn in the browser, nothing for next/image to optimise.
          <img src={qr} alt={`事前申請のQRコード（番号 ${submitted.display}）`} width={240} height={240} />
        )}
      </div>
      <p>
        <span className="block text-sm text-solid-gray-800">番号</span>
        <span className="font-mono text-[2rem] font-bold tracking-wider" data-testid="pre-application-code">
          {submitted.display}
        </span>
      </p>
      <p className="text-solid-gray-800">
        有効期限: <span className="font-bold">{untilFormat.format(submitted.expiresAt)}</span> まで
      </p>
      <Alert tone="info" title="窓口でこの画面を見せてください" className="text-left">
        スクリーンショットを保存するか、番号を控えてください。QRコードには番号だけが入っていて、入力した内容は入っていません。期限を過ぎると入力した内容は削除されます。
      </Alert>
    </div>
  );
}
