"use client";

import { useState, type MouseEvent } from "react";

export interface DownloadableFile {
  readonly href: string;
  readonly fileName: string;
  readonly label: string;
  /** What is being prepared, for the line under the links: "the PDF summary". */
  readonly name: string;
}

type Download = { readonly kind: "idle" } | { readonly kind: "preparing"; readonly name: string } | { readonly kind: "failed"; readonly message: string };

const NETWORK_FAILURE = "The file could not be downloaded: the server did not answer. Check the connection and try again.";

/** The server's own words for a refusal (`{ error }`: a session that ended, a PDF service that is busy), or a plain line. */
async function refusalOf(response: Response): Promise<string> {
  const fallback = `The file could not be prepared (HTTP ${response.status}). Try again.`;
  try {
    const body: unknown = await response.json();
    if (body !== null && typeof body === "object" && "error" in body && typeof body.error === "string") return body.error;
  } catch {
    // Not the app's JSON (a proxy's error page, say): the status is all there is to tell.
  }
  return fallback;
}

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The download has taken the blob by the next task; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Links that download files the server prepares, in a row, with one line under them for what is happening.
 * Before the page's script runs they are plain download links. After, they fetch the file themselves: a browser
 * shows a refused download only as "Failed" in its download list, while this line says why ("Several PDFs are
 * being prepared just now. Try again in a few seconds.", or that the session has ended), and says that the file
 * is being prepared meanwhile (a PDF takes a second or more).
 */
export function DownloadLinks({ files }: { files: readonly DownloadableFile[] }) {
  const [download, setDownload] = useState<Download>({ kind: "idle" });

  async function fetchFile(event: MouseEvent<HTMLAnchorElement>, file: DownloadableFile) {
    // A click with a modifier (new tab or window, "save link as") is the browser's to handle.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (download.kind === "preparing") return;
    setDownload({ kind: "preparing", name: file.name });
    try {
      const response = await fetch(file.href, { credentials: "same-origin" });
      if (!response.ok) {
        setDownload({ kind: "failed", message: await refusalOf(response) });
        return;
      }
      saveFile(await response.blob(), file.fileName);
      setDownload({ kind: "idle" });
    } catch {
      setDownload({ kind: "failed", message: NETWORK_FAILURE });
    }
  }

  return (
    <div className="space-y-1 text-sm print:hidden">
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        {files.map((file) => (
          <a key={file.href} href={file.href} download={file.fileName} onClick={(event) => void fetchFile(event, file)} className="text-blue-800 underline">
            {file.label}
          </a>
        ))}
      </p>
      {/* Always in the page, so that screen readers announce what appears in it. */}
      <p role="status" className="text-slate-800">
        {download.kind === "preparing" ? `Preparing ${download.name}…` : ""}
      </p>
      {download.kind === "failed" && (
        <p role="alert" className="font-semibold text-red-800">
          {download.message}
        </p>
      )}
    </div>
  );
}
