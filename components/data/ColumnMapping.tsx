import { useId, useState } from 'react';
import { type CsvColumns, TARGET_LABELS, TARGETS, type Target } from '../../utils/io/csv-targets';
import './ColumnMapping.css';

/** Map each column of a CSV onto a contact field, with each column's first value as its example. */
export function ColumnMapping({
  columns,
  initial,
  onDone,
  onCancel,
}: {
  columns: CsvColumns;
  initial: Target[];
  onDone: (mapping: Target[]) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [mapping, setMapping] = useState(initial);
  const named = mapping.some((target) => target === 'fullName' || target === 'firstName' || target === 'lastName');
  return (
    <form
      className="form mapping"
      aria-label="Map the columns"
      onSubmit={(event) => {
        event.preventDefault();
        if (named) onDone(mapping);
      }}
    >
      <p>{columns.rows} rows. Say what each column holds; columns left on “Ignore” are not read.</p>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Example</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {columns.header.map((name, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; headers may repeat or be empty.
            <tr key={column}>
              <th scope="row">
                <label htmlFor={`${id}-${column}`}>{name || `Column ${column + 1}`}</label>
              </th>
              <td className="muted">{columns.examples[column]}</td>
              <td>
                <select
                  id={`${id}-${column}`}
                  value={mapping[column] ?? 'ignore'}
                  onChange={(event) =>
                    setMapping(mapping.map((target, index) => (index === column ? (event.target.value as Target) : target)))
                  }
                >
                  {TARGETS.map((target) => (
                    <option key={target} value={target}>
                      {TARGET_LABELS[target]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {named ? null : <p className="hint">Map at least one column to a name.</p>}
      <div className="actions">
        <button type="submit" className="button primary" disabled={!named}>
          Preview import
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
