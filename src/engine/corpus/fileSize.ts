// Sizes in the words of a skip reason: "2 MiB", "3.1 MiB", "1000 bytes".

/** `oneDecimal` for a measured size ("3.1 MiB"); without it, a cap reads as set ("2 MiB"). */
export function formatFileSize(bytes: number, oneDecimal: boolean): string {
  const format = (value: number): string => (oneDecimal ? value.toFixed(1) : String(Number(value.toFixed(1))));
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
