import { api, sessionFromToken, type NewUser, type User } from "@pix-libre/shared/api/client";
import { clearSession, saveSession, sessionStore } from "@pix-libre/shared/session";
import { createStore } from "@pix-libre/shared/store";

/** The signed-in user's profile; null while signed out or not loaded yet. */
export const userStore = createStore<User | null>(null);

sessionStore.subscribe(() => {
  if (!sessionStore.get()) userStore.set(null);
});

let loading: Promise<User> | null = null;

/** GET /me, shared by callers that ask at the same time (start-up and log-in). */
export function loadCurrentUser(): Promise<User> {
  loading ??= api
    .me()
    .then((user) => {
      if (sessionStore.get()) userStore.set(user);
      return user;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export async function logIn(email: string, password: string): Promise<User> {
  const token = await api.logIn(email, password);
  saveSession(sessionFromToken(token));
  return loadCurrentUser();
}

/** Creates the account then signs in with it, as the learner expects after signing up. */
export async function signUp(user: NewUser): Promise<User> {
  await api.createUser(user);
  return logIn(user.email, user.password);
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
