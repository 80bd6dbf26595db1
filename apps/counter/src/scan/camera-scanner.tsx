"use client";

import { Alert, cn, Spinner } from "@kakanai/ui";
import { useEffect, useRef, useState } from "react";
import type { QrDecode } from "./qr-decoder";
import { isCompleteSlipCode, normalizeSlipInput } from "./slip-input";

/*
 * The reader's WebAssembly, emitted by the bundler as one of the counter's own static files (hashed
 * under /_next/static/), so nothing is fetched from zxing-wasm's default CDN. Referencing the URL
 * downloads nothing: the file is fetched when the camera mode first loads the decoder.
 */
const wasmUrl = new URL("zxing-wasm/reader/zxing_reader.wasm", import.meta.url).href;

type Problem = "unsupported" | "no-camera" | "denied" | "busy" | "decoder";

const problems: Record<Problem, { title: string; text: string }> = {
  unsupported: {
    title: "このブラウザではカメラを使えません",
    text: "カメラは https で開いた画面でだけ使えます。システム管理者に確認するか、スキャナーで読み取ってください。",
  },
  "no-camera": {
    title: "カメラが見つかりません",
    text: "この端末にカメラがつながっていません。カメラをつなぐか、スキャナーで読み取ってください。",
  },
  denied: {
    title: "カメラの使用が許可されていません",
    text: "ブラウザのアドレス欄にあるカメラのアイコンから、この画面でのカメラの使用を許可してください。許可しないときはスキャナーで読み取ってください。",
  },
  busy: {
    title: "カメラを起動できませんでした",
    text: "ほかのアプリ（ビデオ会議など）がカメラを使っていないか確かめて、もう一度お試しください。",
  },
  decoder: {
    title: "QRコードの読み取り機能を読み込めませんでした",
    text: "ページを再読み込みしてください。直らないときはスキャナーで読み取ってください。",
  },
};

function problemOf(error: unknown): Problem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "no-camera";
  return "busy";
}

/** Frames are read at most this wide: enough for a slip's QR held in front of a laptop camera. */
const MAX_WIDTH = 960;
/** The pause between two reads, so the decoder leaves the clerk's laptop some breath. */
const PAUSE_MS = 120;
/** A code no longer seen for this long may be handed on again (the next slip may be the same one). */
const FORGET_MS = 2500;

/**
 * The camera mode of /scan, for desks without a USB scanner: the laptop camera's video, read
 * continuously by zxing-wasm (loaded only now), and every new slip code handed to `onCode` — the same
 * path the scanner's typing takes. A QR that is not a slip code is named here; a forged or expired one
 * is refused by the server as from the scanner. The camera stops when the mode closes or the page goes.
 */
export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<"starting" | "reading" | Problem>("starting");
  const [notSlip, setNotSlip] = useState(false);
  // The effect runs once per opening; it calls the latest handler.
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = { code: "", seenAt: 0 };

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState(window.isSecureContext ? "no-camera" : "unsupported");
        return;
      }
      // The decoder (JS and its .wasm) loads while the browser asks for the camera.
      const decoder = import("./qr-decoder").then(({ createQrDecoder }) =>
        createQrDecoder({
          locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path),
        }),
      );
      decoder.catch(() => undefined);
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: { facingMode: "environment", width: { ideal: 1280 }, height: { ideal: 720 } },
        });
      } catch (error) {
        if (!stopped) setState(problemOf(error));
        return;
      }
      if (stopped) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      let decode: QrDecode;
      try {
        decode = await decoder;
      } catch {
        if (!stopped) setState("decoder");
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      setState("reading");
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true });

      const readFrame = async () => {
        if (stopped || !context) return;
        if (video.videoWidth > 0) {
          const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
          canvas.width = Math.round(video.videoWidth * scale);
          canvas.height = Math.round(video.videoHeight * scale);
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          const text = await decode(context.getImageData(0, 0, canvas.width, canvas.height)).catch(
            () => null,
          );
          if (stopped) return;
          const now = Date.now();
          if (text !== null) {
            const code = normalizeSlipInput(text);
            // The same code still in front of the camera is not sent again and again.
            if (code !== last.code || now - last.seenAt > FORGET_MS) {
              const slip = isCompleteSlipCode(code);
              setNotSlip(!slip);
              if (slip) onCodeRef.current(code);
            }
            last = { code, seenAt: now };
          }
        }
        timer = setTimeout(readFrame, PAUSE_MS);
      };
      void readFrame();
    };
    void start();

    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (videoRef.current) videoRef.current.srcObject = null;
    };
  }, []);

  // Esc anywhere on the screen goes back to the scanner field.
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onCloseRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const problem = state !== "starting" && state !== "reading" ? problems[state] : undefined;
  return (
    <section
      aria-labelledby="camera-heading"
      className="mt-4 flex flex-wrap items-start gap-6 border-t border-solid-gray-200 pt-4"
    >
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label="カメラの映像"
        className={cn("aspect-4/3 w-72 rounded-8 bg-solid-gray-800 object-cover", problem && "hidden")}
      />
      <div className="grid min-w-0 flex-1 basis-80 gap-3">
        <h2 id="camera-heading" className="text-lg font-bold">
          カメラで読み取る
        </h2>
        <p>案内票のQRコードをカメラに向けてください。読み取ると自動で表示します。</p>
        <p className="text-solid-gray-700">
          スキャナーに戻るときは「カメラを止める」を押すか、Esc キーを押してください。
        </p>
        <div aria-live="polite">
          {state === "starting" && <Spinner label="カメラを起動しています…" showLabel />}
          {state === "reading" && !notSlip && <p>QRコードを探しています…</p>}
          {state === "reading" && notSlip && (
            <Alert tone="warning" title="手続き案内票のQRコードではありません">
              来庁者がお持ちの「手続き案内票」のQRコードをカメラに向けてください。
            </Alert>
          )}
        </div>
        {problem && (
          <Alert tone="error" title={problem.title}>
            {problem.text}
          </Alert>
        )}
      </div>
    </section>
  );
}
