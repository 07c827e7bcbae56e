import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, renderAt } from "../test/api";

describe("Forgotten password page", () => {
  it("always answers with the same neutral confirmation", async () => {
    const api = mockApi({ "POST /api/v1/password-reset-requests": { status: 202 } });
    renderAt("/mot-de-passe-oublie");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Adresse e-mail"), "inconnu@example.fr");
    await user.click(screen.getByRole("button", { name: "Recevoir le lien" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Si un compte existe avec cette adresse e-mail",
    );
    expect(api.to("POST /api/v1/password-reset-requests")[0]?.data).toEqual({
      email: "inconnu@example.fr",
    });
  });
});
