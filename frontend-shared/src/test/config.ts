import type { AppConfig } from "../configure";

/**
 * The package's own tests run as a third app under /demo/, so they rely on neither the learner
 * app's settings nor Orga's.
 */
export const demoConfig: AppConfig = {
  clientId: "pix-demo",
  storagePrefix: "pix-demo",
  basePath: "/demo",
  messages: {
    fr: { "app.name": "Pix démo" },
    en: { "app.name": "Pix demo" },
  },
};
