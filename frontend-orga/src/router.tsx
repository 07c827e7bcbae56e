/**
 * The Orga route table and its guards. Every page but the log-in one needs a session; then
 * the account decides where the user belongs: the Orga terms until accepted, the
 * "no organisation" page without memberships, else the organisation pages.
 */
import type { ComponentType } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { Alert } from "@pix-libre/shared/components/Alert";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import {
  Redirect,
  locationStore,
  safeRedirect,
  type Location,
  type PageProps,
} from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { accountStore, loadAccount, logOut, type Account } from "./auth";
import { CampaignNew } from "./pages/CampaignNew";
import { CampaignPage } from "./pages/CampaignPage";
import { Campaigns } from "./pages/Campaigns";
import { LogIn } from "./pages/LogIn";
import { NoMembership } from "./pages/NoMembership";
import { Join } from "./pages/Join";
import { NotFound } from "./pages/NotFound";
import { ParticipantResults } from "./pages/ParticipantResults";
import { Team } from "./pages/Team";
import { Terms } from "./pages/Terms";

type Access =
  /** Anyone, signed in or not (the invitation page). */
  | "any"
  | "guest-only"
  /** Signed in, Orga terms not accepted yet. */
  | "terms-pending"
  /** Signed in, terms accepted, no organisation. */
  | "no-membership"
  /** Signed in, terms accepted, member of at least one organisation. */
  | "org-member";

interface Route {
  pattern: string;
  page: ComponentType<PageProps>;
  access: Access;
}

const HOME = "/campagnes";
const TERMS = "/cgu";
const NO_MEMBERSHIP = "/aucune-organisation";

function Home() {
  return <Redirect to={HOME} />;
}

export const routes: Route[] = [
  { pattern: "/", page: Home, access: "org-member" },
  { pattern: "/connexion", page: LogIn, access: "guest-only" },
  { pattern: TERMS, page: Terms, access: "terms-pending" },
  { pattern: NO_MEMBERSHIP, page: NoMembership, access: "no-membership" },
  { pattern: HOME, page: Campaigns, access: "org-member" },
  { pattern: `${HOME}/creation`, page: CampaignNew, access: "org-member" },
  { pattern: `${HOME}/:id`, page: CampaignPage, access: "org-member" },
  // The campaign page's tab is in the URL (Pix's /:id/analyse, /:id/profils…): reloads, shared
  // links and the back button open the same tab.
  { pattern: `${HOME}/:id/:tab`, page: CampaignPage, access: "org-member" },
  { pattern: `${HOME}/:id/participants/:participationId`, page: ParticipantResults, access: "org-member" },
  { pattern: "/equipe", page: Team, access: "org-member" },
  { pattern: "/rejoindre", page: Join, access: "any" },
];

interface Match {
  route: Route;
  params: Record<string, string>;
}

/** "/campagnes/:id" matches "/campagnes/12" with params {id: "12"}; exact patterns win. */
function matchRoute(path: string): Match | null {
  const normalized = path.replace(/\/+$/, "") || "/";
  const parts = normalized.split("/");
  for (const route of routes) {
    const pattern = route.pattern.split("/");
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      const part = parts[i] ?? "";
      if (segment.startsWith(":")) {
        if (!part) return false;
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (matches) return { route, params };
  }
  return null;
}

/** Where a signed-in user with a loaded account belongs. */
function placeOf(account: Extract<Account, { status: "ready" }>): Place {
  if (!account.user.orga_terms_accepted_at) return "terms-pending";
  if (!account.memberships?.length) return "no-membership";
  return "org-member";
}

type Place = Exclude<Access, "guest-only" | "any">;

const PLACES: Record<Place, string> = {
  "terms-pending": TERMS,
  "no-membership": NO_MEMBERSHIP,
  "org-member": HOME,
};

type Decision = { allow: true } | { redirect: string } | { wait: true };

function guard(access: Access, signedIn: boolean, account: Account, location: Location): Decision {
  if (access === "any") return { allow: true };
  if (!signedIn) {
    if (access === "guest-only") return { allow: true };
    const back = location.path === "/" ? "" : `?redirect=${encodeURIComponent(location.path)}`;
    return { redirect: `/connexion${back}` };
  }
  if (access === "guest-only") return { redirect: safeRedirect(location.query.get("redirect"), HOME) };
  if (account.status !== "ready") return { wait: true };
  const place = placeOf(account);
  return place === access ? { allow: true } : { redirect: PLACES[place] };
}

function AccountPending({ account }: { account: Account }) {
  const { t } = useI18n();
  if (account.status === "failed") {
    return (
      <section class="page page--narrow">
        <Alert>
          <p>{t("app.loadFailed")}</p>
          <p>{errorMessage(t, account.error)}</p>
        </Alert>
        <div class="actions">
          <button type="button" class="button" onClick={() => void loadAccount()}>
            {t("app.retry")}
          </button>
          <button type="button" class="button button--secondary" onClick={() => void logOut()}>
            {t("header.logOut")}
          </button>
        </div>
      </section>
    );
  }
  return <p role="status">{t("app.loading")}</p>;
}

export function Router() {
  const location = useStore(locationStore);
  const signedIn = useStore(sessionStore) !== null;
  const account = useStore(accountStore);
  const match = matchRoute(location.path);
  const route = match?.route ?? null;
  const decision = route ? guard(route.access, signedIn, account, location) : { allow: true as const };

  // After a client-side navigation, move focus to the new page's heading; not when only a
  // page's tab changes (the focus stays on the tab the user moved to).
  const page = match?.params.tab !== undefined ? location.path.replace(/\/[^/]*\/*$/, "") : location.path;
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [page, "allow" in decision]);

  if ("redirect" in decision) return <Redirect to={decision.redirect} />;
  if ("wait" in decision) return <AccountPending account={account} />;
  if (!route) return <NotFound params={{}} query={location.query} />;
  const Page = route.page;
  return <Page params={match?.params ?? {}} query={location.query} />;
}
