import type { ReactNode } from 'react';
import budgets from '../../../../../.size-limit.json';

/** The size budgets CI enforces (size-limit, brotli, React excluded), read from the repo's config. */
export function BundleBudgets(): ReactNode {
  const rows = budgets as { name: string; limit: string; import?: string }[];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">entry</th>
          <th scope="col">import</th>
          <th scope="col">budget (brotli)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.name}>
            <td>{b.name}</td>
            <td>
              <code>{b.import ?? 'everything'}</code>
            </td>
            <td>{b.limit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
