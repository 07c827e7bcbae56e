/**
 * A tiny History-API router: routes are path patterns ("/campagnes/:code") with an access
 * rule checked before rendering (guest-only pages send signed-in users home, signed-in pages
 * send guests to the log-in page and back afterwards).
 */
import type { ComponentType } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import {
  Redirect,
  locationStore,
  safeRedirect,
  type Location,
  type PageProps,
} from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { Account } from "./pages/Account";
import { Campaign } from "./pages/Campaign";
import { CampaignStart } from "./pages/CampaignStart";
import { Challenge } from "./pages/Challenge";
import { Certification } from "./pages/Certification";
import { Checkpoint } from "./pages/Checkpoint";
import { Competence } from "./pages/Competence";
import { ForgottenPassword } from "./pages/ForgottenPassword";
import { Home } from "./pages/Home";
import { LogIn } from "./pages/LogIn";
import { MyCampaigns } from "./pages/MyCampaigns";
import { NotFound } from "./pages/NotFound";
import { ResetPassword } from "./pages/ResetPassword";
import { Profile } from "./pages/Profile";
import { Results } from "./pages/Results";
import { SignUp } from "./pages/SignUp";
import { Tutorials } from "./pages/Tutorials";

type Access = "public" | "guest-only" | "signed-in";

interface Route {
  pattern: string;
  page: ComponentType<PageProps>;
  access: Access;
}

export const routes: Route[] = [
  { pattern: "/", page: Home, access: "public" },
  { pattern: "/campagnes/:code", page: Campaign, access: "public" },
  { pattern: "/campagnes/:code/demarrer", page: CampaignStart, access: "signed-in" },
  { pattern: "/campagnes/:code/resultats", page: Results, access: "signed-in" },
  { pattern: "/evaluation/:assessmentId", page: Challenge, access: "signed-in" },
  { pattern: "/evaluation/:assessmentId/point-etape", page: Checkpoint, access: "signed-in" },
  { pattern: "/inscription", page: SignUp, access: "guest-only" },
  { pattern: "/connexion", page: LogIn, access: "guest-only" },
  { pattern: "/mot-de-passe-oublie", page: ForgottenPassword, access: "public" },
  { pattern: "/changer-mot-de-passe", page: ResetPassword, access: "public" },
  { pattern: "/mon-compte", page: Account, access: "signed-in" },
  { pattern: "/competences", page: Profile, access: "signed-in" },
  { pattern: "/competences/:index", page: Competence, access: "signed-in" },
  { pattern: "/certification", page: Certification, access: "signed-in" },
  { pattern: "/mes-parcours", page: MyCampaigns, access: "signed-in" },
  { pattern: "/mes-tutos", page: Tutorials, access: "signed-in" },
  { pattern: "/mes-tutos/:tab", page: Tutorials, access: "signed-in" },
];

export function matchRoute(path: string): { route: Route; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, "").split("/").slice(1);
  for (const route of routes) {
    const expected = route.pattern.replace(/\/+$/, "").split("/").slice(1);
    if (expected.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((segment, i) => {
      const actual = parts[i] ?? "";
      if (segment.startsWith(":")) {
        if (!actual) return false;
        try {
          params[segment.slice(1)] = decodeURIComponent(actual);
        } catch {
          return false;
        }
        return true;
      }
      return segment === actual;
    });
    if (matches) return { route, params };
  }
  return null;
}

/** Where a user who may not see the route goes instead; null when access is granted. */
function guard(access: Access, signedIn: boolean, location: Location): string | null {
  if (access === "guest-only" && signedIn) {
    return safeRedirect(location.query.get("redirect"));
  }
  if (access === "signed-in" && !signedIn) {
    return `/connexion?redirect=${encodeURIComponent(location.path + (location.query.size ? `?${location.query}` : ""))}`;
  }
  return null;
}

export function Router() {
  const location = useStore(locationStore);
  const signedIn = useStore(sessionStore) !== null;
  const match = matchRoute(location.path);
  const redirect = match ? guard(match.route.access, signedIn, location) : null;

  // After a client-side navigation, move focus to the new page's heading so that
  // keyboard and screen-reader users start from the top of the new content.
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
  }, [location.path]);

  if (redirect) return <Redirect to={redirect} />;
  if (!match) return <NotFound params={{}} query={location.query} />;
  const Page = match.route.page;
  // Keyed by path: a page opened again with other parameters starts afresh.
  return <Page key={location.path} params={match.params} query={location.query} />;
}
