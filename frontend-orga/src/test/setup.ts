import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/preact";
import { afterEach, beforeEach } from "vitest";
import { accountStore, reloadOrganizationId } from "../auth";
import { reloadLocale } from "../i18n/locale";
import { syncLocation } from "../navigation";
import { reloadSession } from "../session";

// The app keeps its state in module-level stores backed by localStorage and the URL:
// each test starts from a blank browser.
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/orga/");
  reloadSession();
  reloadLocale();
  reloadOrganizationId();
  syncLocation();
  accountStore.set({ status: "signed-out" });
});

afterEach(() => {
  cleanup();
});
