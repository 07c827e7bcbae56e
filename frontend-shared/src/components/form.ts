import type { RefObject } from "preact";
import { useLayoutEffect } from "preact/hooks";

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The password rule the API enforces (WEAK_PASSWORD), checked early for a quicker answer. */
export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && /[A-Z]/.test(password) && /[a-z]/.test(password) && /\d/.test(password);
}

/**
 * After a submit that produced errors, move focus to the first invalid field so that its
 * error (tied with aria-describedby) is read. `attempt` changes on each failed submit.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement>, attempt: number): void {
  useLayoutEffect(() => {
    if (attempt === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
}
