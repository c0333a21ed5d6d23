import type { Metadata } from "next";

import { requireUser } from "@/lib/server/require-user.server";
import { clinicalParagraphs, loadSourceDocument } from "@/lib/source/source-document";

export const metadata: Metadata = { title: "Source document" };

const BULLET = /^[•*-]\s*/;

/** One paragraph; the document's bullet list (lines starting with "•") becomes a real list. */
function Paragraph({ text, id }: { text: string; id: string }) {
  const lines = text.split("\n");
  if (lines.every((line) => BULLET.test(line))) {
    return (
      <ul id={id} className="list-disc space-y-2 pl-6">
        {lines.map((line) => (
          <li key={line}>{line.replace(BULLET, "")}</li>
        ))}
      </ul>
    );
  }
  return (
    <p id={id} className="leading-relaxed">
      {text}
    </p>
  );
}

export default async function SourcePage() {
  // No patient data here, but the app is for signed-in clinicians only: one rule, no exceptions to remember.
  await requireUser("clinician", "source");
  const [title, ...body] = clinicalParagraphs(loadSourceDocument());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Source document</h1>
        <p className="mt-2 text-slate-700">
          The text the risk rules quote, shown as stored in the app. Its advertising paragraph (a helpline) is left out.
        </p>
      </div>
      <article className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6" aria-labelledby="paragraph-1">
        <h2 id="paragraph-1" className="text-xl font-semibold">
          {title}
        </h2>
        {body.map((text, index) => (
          <Paragraph key={index} id={`paragraph-${index + 2}`} text={text} />
        ))}
      </article>
    </div>
  );
}
