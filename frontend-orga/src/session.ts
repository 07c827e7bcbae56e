import { STORAGE_PREFIX } from "./config";
import { createStore } from "./store";

/** The OAuth2 tokens of the signed-in user, kept in localStorage so a reload keeps the session. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is expired. */
  expiresAt: number;
}

export const SESSION_KEY = `${STORAGE_PREFIX}.session`;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.accessToken !== "string" || typeof parsed.refreshToken !== "string") return null;
    return {
      accessToken: parsed.accessToken,
      refreshToken: parsed.refreshToken,
      expiresAt: typeof parsed.expiresAt === "number" ? parsed.expiresAt : 0,
    };
  } catch {
    return null;
  }
}

export const sessionStore = createStore<Session | null>(read());

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  sessionStore.set(session);
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
  sessionStore.set(null);
}

/** Re-reads localStorage: used at start-up in tests and when another tab signs in or out. */
export function reloadSession(): void {
  sessionStore.set(read());
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === SESSION_KEY || event.key === null) reloadSession();
  });
}
