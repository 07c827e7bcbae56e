import { describe, expect, it } from "vitest";
import { sessionStore } from "../session";
import { jeanne, mockApi, problem, signInStored } from "../test/api";
import { ApiError, api } from "./client";

describe("API client", () => {
  it("turns a problem document into an ApiError", async () => {
    mockApi({
      "POST /api/v1/users": problem(422, "VALIDATION_ERROR", {
        detail: "Invalid",
        errors: [{ field: "password", code: "WEAK_PASSWORD", message: "weak" }],
      }),
    });
    const error = await api
      .createUser({ first_name: "a", last_name: "b", email: "c@d.fr", password: "x", terms_accepted: true, locale: "fr" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: "VALIDATION_ERROR",
      detail: "Invalid",
      errors: [{ field: "password", code: "WEAK_PASSWORD", message: "weak" }],
    });
  });

  it("refreshes an expired access token once and replays the request", async () => {
    const api_ = mockApi({
      "GET /api/v1/me": (call) =>
        call.headers.authorization === "Bearer access-2"
          ? { status: 200, body: jeanne }
          : problem(401, "INVALID_TOKEN"),
      "POST /api/v1/token": {
        status: 200,
        body: { access_token: "access-2", token_type: "bearer", expires_in: 900, refresh_token: "refresh-2" },
      },
    });
    signInStored("access-1", "refresh-1");
    await expect(Promise.all([api.me(), api.me()])).resolves.toEqual([jeanne, jeanne]);
    expect(api_.to("POST /api/v1/token")).toHaveLength(1);
    expect(api_.to("POST /api/v1/token")[0]?.data).toEqual({
      grant_type: "refresh_token",
      refresh_token: "refresh-1",
      client_id: "pix-demo",
    });
    expect(sessionStore.get()?.refreshToken).toBe("refresh-2");
  });

  it("signs out when the refresh token is refused", async () => {
    mockApi({
      "GET /api/v1/me": problem(401, "INVALID_TOKEN"),
      "POST /api/v1/token": problem(401, "INVALID_REFRESH_TOKEN"),
    });
    signInStored();
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get()).toBeNull();
    expect(localStorage.getItem("pix-demo.session")).toBeNull();
  });

  it("fills in path parameters and the query string", async () => {
    const api_ = mockApi({
      "POST /api/v1/campaign-participations/12/share": { status: 200, body: { participation_id: 12 } },
    });
    signInStored();
    await api.shareResults(12, "en");
    const [call] = api_.to("POST /api/v1/campaign-participations/12/share");
    expect(call?.query).toEqual({ locale: "en" });
    expect(call?.headers.authorization).toBe("Bearer access-1");
  });

  it("reports a network failure as NETWORK_ERROR", async () => {
    const { vi } = await import("vitest");
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    await expect(api.health()).rejects.toMatchObject({ status: 0, code: "NETWORK_ERROR" });
  });
});
