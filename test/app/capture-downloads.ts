/**
 * For component tests: capture what the page downloads through
 * src/lib/download.ts (a blob: URL on a clicked link) instead of navigating.
 * Restore with `vi.restoreAllMocks()`.
 */
import { vi } from "vitest";

export interface CapturedDownload {
  name: string;
  type: string;
  text: () => Promise<string>;
}

export function captureDownloads(): CapturedDownload[] {
  const saved: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, text: () => blob.text() });
  });
  return saved;
}
