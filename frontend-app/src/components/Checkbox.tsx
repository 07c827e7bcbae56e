import type { Ref } from "preact";

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  error?: string | undefined;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function Checkbox({ id, label, checked, onChecked, error, required, inputRef }: CheckboxProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`field field--checkbox${error ? " field--invalid" : ""}`}>
      <div class="checkbox">
        <input
          type="checkbox"
          id={id}
          name={id}
          ref={inputRef}
          checked={checked}
          required={required}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={errorId}
          onChange={(event) => onChecked(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {error && (
        <p id={errorId} class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
