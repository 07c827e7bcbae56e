import { useState } from "preact/hooks";
import { createStore } from "@pix-libre/shared/store";

/** A success message for the next page, when the page that did the action goes away (a
 * deleted campaign sends back to the list, which says so). */
const flashStore = createStore<string | null>(null);

export function flash(message: string): void {
  flashStore.set(message);
}

/** The message left for this page, read once when it opens. */
export function useFlash(): string | null {
  const [message] = useState(() => {
    const found = flashStore.get();
    flashStore.set(null);
    return found;
  });
  return message;
}
