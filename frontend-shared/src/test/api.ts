/**
 * Test helpers for the apps and this package: a mocked fetch answering by "METHOD /path",
 * RFC 9457 problem documents, a stored session and the API's usual payloads.
 */
import { vi } from "vitest";
import { reloadSession, sessionKey } from "../session";

export interface Reply {
  status: number;
  body?: unknown;
}

export interface Call {
  method: string;
  path: string;
  /** Query string parameters. */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | undefined;
  /** The body parsed as JSON, or as a form when url-encoded. */
  data: unknown;
}

type Handler = Reply | Reply[] | ((call: Call) => Reply);

/** An RFC 9457 problem document as the API sends it. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    body: { type: "about:blank", title: code, status, detail: code, code, request_id: "test", ...extra },
  };
}

export const jeanne = {
  id: 1,
  first_name: "Jeanne",
  last_name: "Dupont",
  email: "jeanne@example.fr",
  locale: "fr",
  is_super_admin: false,
  orga_terms_accepted_at: null as string | null,
  created_at: "2025-01-01T00:00:00Z",
};

export const tokens = {
  access_token: "access-1",
  token_type: "bearer",
  expires_in: 900,
  refresh_token: "refresh-1",
};

/**
 * Replaces fetch with a table of answers keyed by "METHOD /path". A list answers the calls
 * in order (the last one repeats). Unknown routes answer 404 so a test fails loudly.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const served = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const method = (init.method ?? "GET").toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const body = typeof init.body === "string" ? init.body : undefined;
    let data: unknown;
    if (body && headers["content-type"]?.includes("json")) data = JSON.parse(body);
    else if (body) data = Object.fromEntries(new URLSearchParams(body));
    const query = Object.fromEntries(url.searchParams);
    const call: Call = { method, path: url.pathname, query, headers, body, data };
    calls.push(call);
    const key = `${method} ${url.pathname}`;
    const handler = handlers[key];
    let reply: Reply;
    if (!handler) reply = problem(404, "NOT_FOUND", { detail: `no mock for ${key}` });
    else if (typeof handler === "function") reply = handler(call);
    else if (Array.isArray(handler)) {
      const index = served.get(key) ?? 0;
      served.set(key, index + 1);
      reply = handler[Math.min(index, handler.length - 1)]!;
    } else reply = handler;
    const isProblem = reply.status >= 400;
    return new Response(
      reply.body === undefined || reply.status === 204 ? null : JSON.stringify(reply.body),
      {
        status: reply.status,
        headers: { "Content-Type": isProblem ? "application/problem+json" : "application/json" },
      },
    );
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    /** Calls made to "METHOD /path". */
    to: (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key),
  };
}

export function signInStored(accessToken = "access-1", refreshToken = "refresh-1"): void {
  localStorage.setItem(
    sessionKey(),
    JSON.stringify({ accessToken, refreshToken, expiresAt: Date.now() + 900_000 }),
  );
  reloadSession();
}
