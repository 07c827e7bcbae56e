import { render, screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PasswordField } from "./components/PasswordField";
import { usePageTitle } from "./components/usePageTitle";
import { configure } from "./configure";
import { localeKey, localeStore } from "./i18n/locale";
import { codeMessage, translate, useI18n } from "./i18n";
import { href, Link, locationStore, navigate } from "./navigation";
import { sessionKey, sessionStore } from "./session";
import { resetBrowser } from "./test/browser";
import { demoConfig } from "./test/config";

describe("configure()", () => {
  it("keys the browser storage by the app's prefix and reads it back", () => {
    expect(sessionKey()).toBe("pix-demo.session");
    expect(localeKey()).toBe("pix-demo.locale");
    localStorage.setItem("pix-demo.session", JSON.stringify({ accessToken: "a", refreshToken: "r", expiresAt: 1 }));
    localStorage.setItem("pix-demo.locale", "en");
    window.history.replaceState(null, "", "/demo/page?x=1");

    configure(demoConfig);

    expect(sessionStore.get()).toEqual({ accessToken: "a", refreshToken: "r", expiresAt: 1 });
    expect(localeStore.get()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(locationStore.get().path).toBe("/page");
    expect(locationStore.get().query.get("x")).toBe("1");
  });

  it("serves the app under its base path", async () => {
    expect(href("/connexion")).toBe("/demo/connexion");
    navigate("/a?b=c");
    expect(window.location.pathname).toBe("/demo/a");
    expect(locationStore.get()).toMatchObject({ path: "/a" });

    render(<Link href="/suite">Suite</Link>);
    expect(screen.getByRole("link", { name: "Suite" })).toHaveAttribute("href", "/demo/suite");
    await userEvent.click(screen.getByRole("link", { name: "Suite" }));
    expect(window.location.pathname).toBe("/demo/suite");
    expect(locationStore.get().path).toBe("/suite");
  });

  it("merges the app's messages over the shared ones", () => {
    const messages = {
      fr: { "app.name": "Pix démo", "password.show": "Voir" },
      en: { "app.name": "Pix demo" },
    };
    configure({ ...demoConfig, messages });
    expect(translate("fr", "password.show")).toBe("Voir");
    expect(translate("fr", "password.hide")).toBe("Masquer le mot de passe");
    expect(translate("en", "app.name")).toBe("Pix demo");
    expect(translate("fr", "error.blockedUntil", { date: "demain" })).toBe(
      "Vous pourrez réessayer à partir du demain.",
    );
    configure(demoConfig);
  });

  it("knows the API error codes both apps explain", () => {
    expect(codeMessage((key) => translate("en", key), "INVALID_CREDENTIALS")).toBe(
      "The email address or the password is incorrect.",
    );
    expect(codeMessage((key) => translate("en", key), "SOMETHING_NEW")).toBeNull();
  });
});

describe("shared components", () => {
  function Page() {
    const { t } = useI18n();
    usePageTitle(t("notFound.title"));
    return (
      <>
        <LanguageSwitch />
        <PasswordField id="password" label={t("logIn.password")} value="" onValue={() => undefined} />
      </>
    );
  }

  it("speak the chosen language and remember it under the app's key", async () => {
    render(<Page />);
    await waitFor(() => expect(document.title).toBe("Page introuvable | Pix démo"));
    expect(screen.getByLabelText("Mot de passe")).toHaveAttribute("type", "password");
    await userEvent.click(screen.getByRole("button", { name: "Afficher le mot de passe" }));
    expect(screen.getByLabelText("Mot de passe")).toHaveAttribute("type", "text");

    await userEvent.click(screen.getByRole("button", { name: /English/ }));

    expect(screen.getByRole("button", { name: /English/ })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Hide password" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("Page not found | Pix demo"));
    expect(localStorage.getItem("pix-demo.locale")).toBe("en");
    resetBrowser();
    expect(localeStore.get()).toBe("fr");
  });
});
