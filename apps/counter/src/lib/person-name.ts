/**
 * How the counter names one person of a group or of the flow (a household member, the baby): their
 * `name`, or 「世帯員 n」 (1-based) when it is blank, so a half-filled household still reads clearly.
 */
export function personName(item: unknown, index: number): string {
  const name = item && typeof item === "object" ? (item as Record<string, unknown>).name : undefined;
  const trimmed = typeof name === "string" ? name.trim() : "";
  return trimmed || `世帯員 ${index + 1}`;
}
