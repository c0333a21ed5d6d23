import { codeSpans } from "@/lib/api/reference";

/** An OpenAPI description as text, its `code spans` set as code. */
export function DescriptionText({ text }: { text: string }) {
  return codeSpans(text).map((span, index) =>
    span.code ? (
      <code key={index} className="font-mono">
        {span.text}
      </code>
    ) : (
      span.text
    ),
  );
}
