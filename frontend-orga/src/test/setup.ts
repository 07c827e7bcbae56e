import "@testing-library/jest-dom/vitest";
import { cleanup, configure as configureTestingLibrary } from "@testing-library/preact";
import { afterEach, beforeEach } from "vitest";
import { configure } from "@pix-libre/shared/configure";
import { resetBrowser } from "@pix-libre/shared/test/browser";
import { accountStore, reloadOrganizationId } from "../auth";
import { config } from "../config";

configure(config);

// CI machines are small and busy: a screen that appears after a state change or a (mocked)
// API answer may take longer than the library's 1 s default to show, which is not a defect.
configureTestingLibrary({ asyncUtilTimeout: 5000 });

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
