/**
 * What the organisation pages need from the account: the signed-in user, the membership being
 * looked at, and small helpers (dates, debounced values, the Pix emploi target profiles).
 */
import { useEffect, useState } from "preact/hooks";
import type { Membership, OrgaCampaign, User } from "@pix-libre/shared/api/client";
import type { Locale } from "@pix-libre/shared/i18n";
import { useStore } from "@pix-libre/shared/store";
import { accountStore, currentMembership, organizationIdStore } from "./auth";

export function useMembership(): { user: User | null; membership: Membership | null } {
  const account = useStore(accountStore);
  const selectedId = useStore(organizationIdStore);
  if (account.status !== "ready") return { user: null, membership: null };
  return { user: account.user, membership: currentMembership(account.memberships, selectedId) };
}

/** The owner of a campaign and the organisation's administrators may change or archive it. */
export function canManage(campaign: OrgaCampaign, user: User | null, membership: Membership | null): boolean {
  return membership?.role === "ADMIN" || (user !== null && campaign.owner_id === user.id);
}

/**
 * The target profiles Orga offers. The API has no list of them yet: these are the two the
 * content ships (ids of `content/`), named as in the guides.
 */
export const TARGET_PROFILES = [
  { id: "pix-emploi-diagnostic", name: "Pix emploi – Diagnostic initial" },
  { id: "pix-emploi-clea", name: "Parcours Cléa numérique" },
] as const;

export function targetProfileName(id: string): string {
  return TARGET_PROFILES.find((p) => p.id === id)?.name ?? id;
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short" }).format(date);
}

/** The value, once it has not changed for `delay` ms (search boxes). */
export function useDebounced<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Mastery stars of Orga: 0-20 % → 1, 21-50 % → 2, 51-80 % → 3, 81-100 % → 4. */
export function masteryStars(percent: number): 1 | 2 | 3 | 4 {
  if (percent <= 20) return 1;
  if (percent <= 50) return 2;
  if (percent <= 80) return 3;
  return 4;
}
