import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "error" | "success" | "info" | "warning";

const tones: Record<AlertTone, { box: string; icon: string; label: string }> = {
  error: { box: "border-error-1 bg-red-50", icon: "✕", label: "エラー" },
  success: { box: "border-success-1 bg-green-50", icon: "✓", label: "完了" },
  info: { box: "border-blue-900 bg-blue-50", icon: "i", label: "お知らせ" },
  warning: { box: "border-warning-orange-2 bg-orange-50", icon: "!", label: "注意" },
};

const iconColor: Record<AlertTone, string> = {
  error: "bg-error-1",
  success: "bg-success-2",
  info: "bg-blue-900",
  warning: "bg-warning-orange-2",
};

export interface AlertProps {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons (再試行…) shown under the message. */
  actions?: ReactNode;
  className?: string;
}

/**
 * Errors interrupt (role=alert, read at once by screen readers); other tones are polite status
 * messages. The tone is also given as text, never by colour alone.
 */
export function Alert({ tone, title, children, actions, className }: AlertProps) {
  const t = tones[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex gap-3 rounded-8 border-2 p-4 text-solid-gray-900", t.box, className)}
    >
      <span
        aria-hidden="true"
        className={cn(
          "flex size-7 shrink-0 items-center justify-center rounded-full font-bold text-white",
          iconColor[tone],
        )}
      >
        {t.icon}
      </span>
      <div className="min-w-0 flex-1">
        <span className="sr-only">{t.label}：</span>
        {title && <p className="font-bold">{title}</p>}
        {children && <div className={cn(title && "mt-1")}>{children}</div>}
        {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
