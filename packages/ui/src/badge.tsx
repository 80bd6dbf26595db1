import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "error";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-solid-gray-100 text-solid-gray-900 border-solid-gray-420",
  info: "bg-blue-50 text-blue-1000 border-blue-900",
  success: "bg-green-50 text-green-1000 border-success-2",
  warning: "bg-orange-50 text-orange-1100 border-warning-orange-2",
  error: "bg-red-50 text-red-1000 border-error-1",
};

export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-bold leading-1-5",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
