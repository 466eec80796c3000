import { type ReactNode, useMemo } from 'react';
import { templates } from '../examples/own-data';

/** Download links for one CSV per entity: headers plus a few rows of the sample. */
export function CsvTemplates(): ReactNode {
  const files = useMemo(
    () =>
      Object.entries(templates).map(([entity, text]) => ({
        entity,
        href: `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`,
      })),
    [],
  );
  return (
    <ul>
      {files.map((f) => (
        <li key={f.entity}>
          <a href={f.href} download={`${f.entity}.csv`}>
            {f.entity}.csv
          </a>
        </li>
      ))}
    </ul>
  );
}
