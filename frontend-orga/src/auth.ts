/**
 * The Orga account: who is signed in, whether they accepted the Orga terms, their
 * memberships and the organisation they are looking at (remembered in localStorage).
 */
import { api, sessionFromToken, type Membership, type User } from "@pix-libre/shared/api/client";
import { clearSession, saveSession, sessionStore } from "@pix-libre/shared/session";
import { createStore } from "@pix-libre/shared/store";
import { STORAGE_PREFIX } from "./config";

export type Account =
  | { status: "signed-out" }
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  /** memberships is null until the Orga terms are accepted (they are not fetched before). */
  | { status: "ready"; user: User; memberships: Membership[] | null };

export const accountStore = createStore<Account>({ status: "signed-out" });

sessionStore.subscribe(() => {
  if (!sessionStore.get()) accountStore.set({ status: "signed-out" });
});

export const ORGANIZATION_KEY = `${STORAGE_PREFIX}.organization-id`;

function readOrganizationId(): number | null {
  const saved = Number(localStorage.getItem(ORGANIZATION_KEY));
  return Number.isInteger(saved) && saved > 0 ? saved : null;
}

export const organizationIdStore = createStore<number | null>(readOrganizationId());

export function reloadOrganizationId(): void {
  organizationIdStore.set(readOrganizationId());
}

export function selectOrganization(id: number): void {
  localStorage.setItem(ORGANIZATION_KEY, String(id));
  organizationIdStore.set(id);
}

/** The membership being looked at: the remembered organisation, else the first one. */
export function currentMembership(
  memberships: Membership[] | null,
  selectedId: number | null,
): Membership | null {
  if (!memberships?.length) return null;
  return memberships.find((m) => m.organization.id === selectedId) ?? memberships[0] ?? null;
}

let loading: Promise<void> | null = null;

/** GET /me, then the memberships once the Orga terms are accepted. */
export function loadAccount(): Promise<void> {
  loading ??= (async () => {
    accountStore.set({ status: "loading" });
    try {
      const user = await api.me();
      const memberships = user.orga_terms_accepted_at ? (await api.memberships()).items : null;
      if (sessionStore.get()) accountStore.set({ status: "ready", user, memberships });
    } catch (error) {
      if (sessionStore.get()) accountStore.set({ status: "failed", error });
    } finally {
      loading = null;
    }
  })();
  return loading;
}

export async function logIn(email: string, password: string): Promise<void> {
  const token = await api.logIn(email, password);
  saveSession(sessionFromToken(token));
  await loadAccount();
}

export async function acceptTerms(): Promise<void> {
  const user = await api.acceptOrgaTerms();
  const { items } = await api.memberships();
  accountStore.set({ status: "ready", user, memberships: items });
}

export async function logOut(): Promise<void> {
  const session = sessionStore.get();
  try {
    if (session) await api.revoke(session.refreshToken);
  } catch {
    // The local session goes anyway; an unrevoked refresh token still expires.
  } finally {
    clearSession();
  }
}
