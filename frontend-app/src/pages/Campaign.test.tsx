import { screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { mockApi, renderAt } from "../test/api";

describe("Campaign placeholder page", () => {
  it("names the campaign and says honestly that the journey is not there yet", () => {
    mockApi({});
    renderAt("/campagnes/tumyuz238");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Campagne TUMYUZ238");
    expect(screen.getByText(/ne permet pas encore de passer une campagne/)).toBeInTheDocument();
  });

  it("says when a direct link carries a malformed code", () => {
    mockApi({});
    renderAt("/campagnes/NOPE");
    expect(screen.getByText(/n'est pas valide/)).toBeInTheDocument();
  });

  it("shows a not-found page for unknown paths", () => {
    mockApi({});
    renderAt("/nulle-part");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Page introuvable");
  });
});
