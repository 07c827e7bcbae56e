import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { reloadLocale } from "@pix-libre/shared/i18n";
import { mockApi, problem, renderAt } from "../test/api";

describe("Language switch", () => {
  it("speaks French by default and switches the whole page to English", async () => {
    mockApi({});
    renderAt("/connexion");
    const user = userEvent.setup();
    expect(document.documentElement.lang).toBe("fr");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Connectez-vous");
    expect(screen.getByRole("button", { name: /Français/ })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: /English/ }));

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Log in");
    expect(screen.getByLabelText("Email address")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /English/ })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("pix-app.locale")).toBe("en");
  });

  it("translates API error codes and tells the API the language", async () => {
    const api = mockApi({ "POST /api/v1/token": problem(401, "INVALID_CREDENTIALS") });
    localStorage.setItem("pix-app.locale", "en");
    reloadLocale();
    renderAt("/connexion");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Email address"), "a@b.fr");
    await user.type(screen.getByLabelText("Password"), "Secret123");
    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The email address or the password is incorrect.",
    );
    expect(api.calls[0]?.headers["accept-language"]).toBe("en");
  });
});
