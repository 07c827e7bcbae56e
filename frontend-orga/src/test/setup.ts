import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/preact";
import { afterEach, beforeEach } from "vitest";
import { configure } from "@pix-libre/shared/configure";
import { resetBrowser } from "@pix-libre/shared/test/browser";
import { accountStore, reloadOrganizationId } from "../auth";
import { config } from "../config";

configure(config);

// The app keeps its state in module-level stores backed by localStorage and the URL:
// each test starts from a blank browser, at /orga/.
beforeEach(() => {
  resetBrowser();
  reloadOrganizationId();
  accountStore.set({ status: "signed-out" });
});

afterEach(() => {
  cleanup();
});
