import { formatWareki } from "@kakanai/engine";

/** 2024-04-01T09:05 → 「4月1日 9:05」 in Japan time, whatever the browser's zone. */
export function formatDateTime(value: Date | string): string {
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("ja-JP", {
    timeZone: "Asia/Tokyo",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(d);
}

/** ISO date → 令和6年4月1日; anything unreadable is shown as given rather than hidden. */
export function wareki(iso: string | null | undefined): string {
  if (!iso) return "";
  try {
    return formatWareki(iso);
  } catch {
    return iso;
  }
}
