/** A compact labelled multi-select (native <select multiple>: keyboard and screen-reader friendly). */
interface Props {
  label: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  testId?: string;
}

export function MultiSelect({ label, options, value, onChange, testId }: Props) {
  return (
    <label className="filter-field">
      <span>{label}</span>
      <select
        multiple
        size={Math.min(5, Math.max(2, options.length))}
        value={value}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
