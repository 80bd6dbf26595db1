/** Saves text the server sent as a file (CSV with its BOM, JSON) through the browser's download. */
export function downloadText(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** YYYY-MM-DD in Japan, `daysAgo` days before today (Japan has no daylight saving). */
export function japanDay(daysAgo = 0): string {
  return new Date(Date.now() + 9 * 60 * 60 * 1000 - daysAgo * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
