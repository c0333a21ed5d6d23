import type { ReferenceOperation } from "@/lib/api/reference";

import { DescriptionText } from "./description-text";
import { schemaAnchor } from "./schema-fields-table";

export function operationAnchor(operation: ReferenceOperation): string {
  return `operation-${operation.id}`;
}

function SchemaLink({ name }: { name: string }) {
  return (
    <a href={`#${schemaAnchor(name)}`} className="font-mono text-blue-800 underline">
      {name}
    </a>
  );
}

/** One operation: what it does, what it reads, and every answer it can give. */
export function OperationSection({ operation, basePath }: { operation: ReferenceOperation; basePath: string }) {
  return (
    <section aria-labelledby={operationAnchor(operation)} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={operationAnchor(operation)} className="text-lg font-semibold">
        <span className="font-mono">
          {operation.method} {basePath}
          {operation.path}
        </span>
        <span className="block text-base font-normal text-slate-700">{operation.summary}</span>
      </h3>
      <p>
        <DescriptionText text={operation.description} />
      </p>
      <p className="text-sm text-slate-700">{operation.authenticated ? "Needs an API token." : "Needs no token."}</p>
      {operation.parameters.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="text-left font-semibold">Parameters</caption>
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-1 pr-3 font-semibold">Name</th>
                <th scope="col" className="py-1 pr-3 font-semibold">In</th>
                <th scope="col" className="py-1 pr-3 font-semibold">Type</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {parameter.name}
                    {parameter.required && " (required)"}
                  </th>
                  <td className="py-1 pr-3">{parameter.in}</td>
                  <td className="py-1 pr-3 break-words">{parameter.type}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {operation.bodySchemaName && (
        <p>
          Body (<span className="font-mono">application/json</span>): <SchemaLink name={operation.bodySchemaName} />
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">Answers</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-1 pr-3 font-semibold">Status</th>
              <th scope="col" className="py-1 pr-3 font-semibold">Meaning</th>
              <th scope="col" className="py-1 pr-3 font-semibold">Body</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {operation.responses.map((response) => (
              <tr key={response.status}>
                <th scope="row" className="py-1 pr-3 font-mono font-normal">
                  {response.status}
                </th>
                <td className="py-1 pr-3">
                  <DescriptionText text={response.description} />
                </td>
                <td className="py-1 pr-3">
                  {response.schemaName ? <SchemaLink name={response.schemaName} /> : <span className="font-mono">{response.mediaType ?? "none"}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
