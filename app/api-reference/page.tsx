import type { Metadata } from "next";

import { DescriptionText } from "@/components/api-reference/description-text";
import { OperationSection, operationAnchor } from "@/components/api-reference/operation-section";
import { SchemaFieldsTable, schemaAnchor } from "@/components/api-reference/schema-fields-table";
import { openApiDocument } from "@/lib/api/openapi";
import { API_BASE_PATH, API_VERSION } from "@/lib/api/operations";
import { apiReference } from "@/lib/api/reference";
import { appUrl } from "@/lib/server/auth.server";
import { requireUser } from "@/lib/server/require-user.server";

export const metadata: Metadata = { title: "API reference" };

/** The OpenAPI document (/api/v1/openapi.json) for people: generated from the same schemas, never by hand. */
export default async function ApiReferencePage() {
  // No patient data here, but the app's pages are for signed-in clinicians only (as the source document's).
  await requireUser("clinician", "api-reference");
  const reference = apiReference(openApiDocument({ origin: appUrl().origin, version: API_VERSION }));
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">API reference</h1>
        <p className="text-slate-700">
          {reference.title}, version {reference.version}. Base address: <span className="font-mono break-all">{reference.baseUrl}</span>
        </p>
        <p>
          <DescriptionText text={reference.description} />
        </p>
        <p>
          Tokens are issued by an administrator (Administration, API tokens) or with{" "}
          <code className="font-mono">npm run token:create -- --email &lt;account&gt; --name &lt;label&gt;</code>. The machine-readable
          document is{" "}
          <a href={`${API_BASE_PATH}/openapi.json`} className="text-blue-800 underline">
            openapi.json
          </a>{" "}
          (OpenAPI 3.1).
        </p>
      </div>
      <nav aria-labelledby="contents-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="contents-heading" className="font-semibold">
          Contents
        </h2>
        <ul className="mt-2 space-y-1">
          {reference.operations.map((operation) => (
            <li key={operation.id}>
              <a href={`#${operationAnchor(operation)}`} className="text-blue-800 underline">
                <span className="font-mono">
                  {operation.method} {operation.path}
                </span>{" "}
                — {operation.summary}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="operations-heading" className="space-y-4">
        <h2 id="operations-heading" className="text-xl font-semibold">
          Operations
        </h2>
        {reference.operations.map((operation) => (
          <OperationSection key={operation.id} operation={operation} basePath={API_BASE_PATH} />
        ))}
      </section>
      <section aria-labelledby="schemas-heading" className="space-y-6">
        <h2 id="schemas-heading" className="text-xl font-semibold">
          Schemas
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {reference.schemas.map((schema) => (
            <li key={schema.name}>
              <a href={`#${schemaAnchor(schema.name)}`} className="font-mono text-blue-800 underline">
                {schema.name}
              </a>
            </li>
          ))}
        </ul>
        {reference.schemas.map((schema) => (
          <SchemaFieldsTable key={schema.name} schema={schema} />
        ))}
      </section>
    </div>
  );
}
