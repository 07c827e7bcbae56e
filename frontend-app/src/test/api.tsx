import { render } from "@testing-library/preact";
import { syncLocation } from "@pix-libre/shared/navigation";
import { App } from "../App";

// The fetch mock, problem documents, stored session and fixtures shared with Orga.
export {
  jeanne,
  mockApi,
  problem,
  signInStored,
  tokens,
  type Call,
  type Reply,
} from "@pix-libre/shared/test/api";

/** Renders the whole app at a URL, as a browser opening it would. */
export function renderAt(path: string) {
  window.history.replaceState(null, "", path);
  syncLocation();
  return render(<App />);
}
