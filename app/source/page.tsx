import type { Metadata } from "next";

import { SourceText } from "@/components/source-document/source-text";
import { quoteCitations, ruleCatalogue } from "@/lib/rules";
import { requireUser } from "@/lib/server/require-user.server";
import { structureDocument } from "@/lib/source/document-structure";
import { clinicalParagraphs, loadSourceDocument } from "@/lib/source/source-document";

export const metadata: Metadata = { title: "Source document" };

export default async function SourcePage() {
  // No patient data here, but the app is for signed-in clinicians only: one rule, no exceptions to remember.
  await requireUser("clinician", "source");
  // Today's rules decide what is marked; the helpline advert is already gone from clinicalParagraphs.
  const citations = quoteCitations(ruleCatalogue);
  const { title, blocks } = structureDocument(clinicalParagraphs(loadSourceDocument()), citations.keys());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Source document</h1>
        <p className="mt-2 text-slate-700">
          The text the risk rules quote, shown as stored in the app. Each sentence a rule quotes is highlighted and
          followed by the rules that quote it. Its advertising paragraph (a helpline) is left out.
        </p>
      </div>
      <article className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6" aria-labelledby="paragraph-1">
        <h2 id="paragraph-1" className="text-xl font-semibold">
          {title}
        </h2>
        <SourceText blocks={blocks} citations={citations} />
      </article>
    </div>
  );
}
