import type { JSX, Ref } from "preact";

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onInput" | "ref">;

export interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Help shown under the label and read with the field. */
  hint?: string;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra content after the input (e.g. a show/hide button). */
  after?: JSX.Element;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onValue,
  hint,
  error,
  inputRef,
  after,
  class: className,
  ...input
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " field--invalid" : ""}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        ref={inputRef}
        class={className}
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {after}
      {error && (
        <p id={errorId} class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
