import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/preact";
import { afterEach, beforeEach } from "vitest";
import { configure } from "../configure";
import { resetBrowser } from "./browser";
import { demoConfig } from "./config";

configure(demoConfig);

beforeEach(() => {
  resetBrowser();
});

afterEach(() => {
  cleanup();
});
