import { settings } from "./settings";
import { createStore } from "./store";

/** The OAuth2 tokens of the signed-in user, kept in localStorage so a reload keeps the session. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is expired. */
  expiresAt: number;
}

/** The localStorage key of the session: "pix-app.session", "pix-orga.session". */
export function sessionKey(): string {
  return `${settings().storagePrefix}.session`;
}

function read(): Session | null {
  const key = sessionKey();
  try {
    const raw = localStorage.getItem(key);
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

/** Signed out until `configure()` reads the stored session. */
export const sessionStore = createStore<Session | null>(null);

export function saveSession(session: Session): void {
  localStorage.setItem(sessionKey(), JSON.stringify(session));
  sessionStore.set(session);
}

export function clearSession(): void {
  localStorage.removeItem(sessionKey());
  sessionStore.set(null);
}

/** Re-reads localStorage: at start-up (`configure()`), in tests, when another tab signs in or out. */
export function reloadSession(): void {
  sessionStore.set(read());
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === sessionKey() || event.key === null) reloadSession();
  });
}
