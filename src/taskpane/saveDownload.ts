import type { Download } from "./services/types";

/** Saves a Blob through a temporary download link (the pane's default way to hand a file over). */
export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(download.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = download.fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
