import { useState } from "preact/hooks";
import { useI18n } from "../i18n";
import { TextField, type TextFieldProps } from "./TextField";

/** A password input with a show/hide toggle button (the value can be checked before sending). */
export function PasswordField(props: Omit<TextFieldProps, "type" | "after">) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      autoCapitalize="none"
      spellcheck={false}
      after={
        <button
          type="button"
          class="button button--link field__toggle"
          aria-controls={props.id}
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? t("password.hide") : t("password.show")}
        </button>
      }
    />
  );
}
