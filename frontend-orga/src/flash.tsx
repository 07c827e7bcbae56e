import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { Alert } from "@pix-libre/shared/components/Alert";
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

/** Shows the message left for this page and takes the focus: the button that did the action
 * is gone with its page, so this is where a keyboard or screen-reader user goes on from. */
export function FocusedNotice({ message }: { message: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => box.current?.focus(), []);
  return (
    <div tabIndex={-1} ref={box}>
      <Alert kind="success">
        <p>{message}</p>
      </Alert>
    </div>
  );
}
