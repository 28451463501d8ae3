// Saves text the reader chose to export as a file on their device. Nothing is sent anywhere.

/** Offers `text` as a file download named `filename`. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Reads a file the reader picked, refusing anything over `maxBytes` (with `tooBig`'s sentence) before reading it. */
export async function readPickedFile(
  file: File,
  maxBytes: number,
  tooBig = (bytes: number) =>
    `That file is ${(bytes / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB. Choose an Accueil export.`,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) return { ok: false, message: tooBig(file.size) };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: 'That file could not be read. Try saving it again, then choose it once more.' };
  }
}

/** Today's date as yyyy-mm-dd, for file names. */
export function todayStamp(): string {
  return new Date().toISOString().slice(0, 10);
}
