const dateTime = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value));

/** Enough of a sha256 to tell versions apart by eye; the full hash stays available in a title. */
export const shortHash = (hash: string) => hash.slice(0, 12);
