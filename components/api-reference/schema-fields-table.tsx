import { ScrollingTable } from "@/components/scrolling-table";
import type { ReferenceSchema } from "@/lib/api/reference";

import { DescriptionText } from "./description-text";

export function schemaAnchor(name: string): string {
  return `schema-${name}`;
}

/** A named schema's fields: one row per field, nested fields by their dotted path. */
export function SchemaFieldsTable({ schema }: { schema: ReferenceSchema }) {
  return (
    <section aria-labelledby={schemaAnchor(schema.name)} className="space-y-2">
      <h3 id={schemaAnchor(schema.name)} className="font-mono text-lg font-semibold">
        {schema.name}
      </h3>
      {schema.description && (
        <p className="text-slate-700">
          <DescriptionText text={schema.description} />
        </p>
      )}
      {schema.fields.length > 0 && (
        <ScrollingTable label={`Fields of ${schema.name}`} caption={`Fields of ${schema.name}`} columns={["Field", "Type", "Required"]} dense>
          {schema.fields.map((field) => (
            <tr key={field.path}>
              <th scope="row" className="px-3 py-2 align-top font-mono font-normal break-all">
                {field.path}
              </th>
              <td className="px-3 py-2 align-top">
                {field.schemaName ? (
                  <a href={`#${schemaAnchor(field.schemaName)}`} className="text-blue-800 underline">
                    {field.type}
                  </a>
                ) : (
                  <span className="break-words">{field.type}</span>
                )}
                {field.description && (
                  <p className="mt-1 text-slate-700">
                    <DescriptionText text={field.description} />
                  </p>
                )}
              </td>
              <td className="px-3 py-2 align-top">{field.required ? "Yes" : "No"}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </section>
  );
}
