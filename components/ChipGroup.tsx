import './ChipGroup.css';

/** A set of toggle buttons for a many-of vocabulary (roles, sources). */
export function ChipGroup<T extends string>({
  legend,
  options,
  labels,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => {
        const on = selected.includes(option);
        return (
          <button
            key={option}
            type="button"
            className="chip"
            aria-pressed={on}
            onClick={() => onChange(on ? selected.filter((value) => value !== option) : [...selected, option])}
          >
            {labels[option]}
          </button>
        );
      })}
    </fieldset>
  );
}
