import { render } from "@testing-library/preact";
import { syncLocation } from "@pix-libre/shared/navigation";
import { jeanne } from "@pix-libre/shared/test/api";
import { App } from "../App";

// The fetch mock, problem documents, stored session and fixtures shared with the learner app;
// Orga's own fixtures follow.
export {
  jeanne,
  mockApi,
  problem,
  signInStored,
  tokens,
  type Call,
  type Reply,
} from "@pix-libre/shared/test/api";

export const jeanneAccepted = { ...jeanne, orga_terms_accepted_at: "2025-02-01T10:00:00Z" };

export const collegeAdmin = {
  organization: { id: 7, name: "Collège Jean Moulin", type: "SCO" },
  role: "ADMIN",
};

export const lyceeMember = {
  organization: { id: 9, name: "Lycée Victor Hugo", type: "SCO" },
  role: "MEMBER",
};

/** Renders the whole app at a URL, as a browser opening it would. */
export function renderAt(path: string) {
  window.history.replaceState(null, "", path);
  syncLocation();
  return render(<App />);
}
