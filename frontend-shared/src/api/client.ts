/**
 * The one HTTP client of the apps. Types come from `schema.d.ts`, generated from the API's
 * committed OpenAPI document (`npm run gen:api`), so a contract change breaks the build here.
 *
 * - relative URLs (`/api/v1/...`): the API serves the apps, same origin; Vite proxies in dev;
 * - `client_id` of the token requests from the app's `configure()` (settings.ts);
 * - bearer access token from the stored session; on a 401 the refresh token is tried once,
 *   then the session is cleared (the router then sends the user to the log-in page);
 * - every non-2xx answer becomes an `ApiError` built from the RFC 9457 problem document.
 */
import type { paths } from "./schema";
import { clearSession, saveSession, sessionStore, type Session } from "../session";
import { settings } from "../settings";
import { localeStore } from "../i18n/locale";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = Exclude<paths[P][M], undefined>;
/** Paths that declare an operation for method M. */
type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type RequestContent<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C
    : never
  : never;
type JsonBody<O> = RequestContent<O> extends { "application/json": infer J } ? J : never;
type FormBody<O> =
  RequestContent<O> extends { "application/x-www-form-urlencoded": infer F } ? F : never;
type SuccessStatus = 200 | 201 | 202 | 204;
type Success<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: { "application/json": infer C } }
        ? C
        : undefined;
    }[keyof R & SuccessStatus]
  : never;

export type User = Success<Operation<"/api/v1/me", "get">>;
export type Membership = Success<Operation<"/api/v1/me/memberships", "get">>["items"][number];
export type Token = Success<Operation<"/api/v1/token", "post">>;
export type TokenForm = FormBody<Operation<"/api/v1/token", "post">>;
export type NewUser = JsonBody<Operation<"/api/v1/users", "post">>;

// The learner's journey.
export type CampaignToJoin = Success<Operation<"/api/v1/campaigns-to-join/{code}", "get">>;
export type Participation = Success<Operation<"/api/v1/campaign-participations", "post">>;
export type NextChallenge = Success<Operation<"/api/v1/assessments/{assessment_id}/next-challenge", "get">>;
export type Challenge = NonNullable<NextChallenge["challenge"]>;
export type Segment = NonNullable<Challenge["segments"]>[number];
export type NewAnswer = JsonBody<Operation<"/api/v1/assessments/{assessment_id}/answers", "post">>;
export type AnswerResult = Success<Operation<"/api/v1/assessments/{assessment_id}/answers", "post">>;
export type Results = Success<Operation<"/api/v1/campaign-participations/{participation_id}/results", "get">>;
export type Framework = Success<Operation<"/api/v1/framework", "get">>;
export type AnswerSummary = Success<Operation<"/api/v1/assessments/{assessment_id}/answers", "get">>["items"][number];
export type Correction = Success<Operation<"/api/v1/answers/{answer_id}/correction", "get">>;
export type Tutorial = Correction["tutorials"][number];
export type ParticipationOverview = Success<Operation<"/api/v1/me/participations", "get">>["items"][number];

// The learner's profile, competence evaluations and "Mes tutos".
export type Profile = Success<Operation<"/api/v1/me/profile", "get">>;
export type CompetenceCard = Profile["competences"][number];
export type CompetenceEvaluation = Success<Operation<"/api/v1/competence-evaluations", "post">>;
export type TutorialCard = Success<Operation<"/api/v1/me/tutorials/recommended", "get">>["items"][number];

// Orga: an organisation's campaigns.
export type CampaignPage = Success<Operation<"/api/v1/organizations/{organization_id}/campaigns", "get">>;
export type CampaignSummary = CampaignPage["items"][number];
export type OrgaCampaign = CampaignSummary["campaign"];
export type NewCampaign = JsonBody<Operation<"/api/v1/organizations/{organization_id}/campaigns", "post">>;
export type CampaignChanges = JsonBody<Operation<"/api/v1/campaigns/{campaign_id}", "patch">>;
export type ParticipantPage = Success<Operation<"/api/v1/campaigns/{campaign_id}/participants", "get">>;
export type Participant = ParticipantPage["items"][number];
export type ParticipantStatus = "STARTED" | "TO_SHARE" | "SHARED";
export type SharedProfilePage = Success<Operation<"/api/v1/campaigns/{campaign_id}/profiles", "get">>;
export type SharedProfile = SharedProfilePage["items"][number];
export type CampaignActivity = Success<Operation<"/api/v1/campaigns/{campaign_id}/activity", "get">>;
export type CampaignAnalysis = Success<Operation<"/api/v1/campaigns/{campaign_id}/analysis", "get">>;
export type ParticipantResults = Success<
  Operation<"/api/v1/campaigns/{campaign_id}/participants/{participation_id}/results", "get">
>;
export type Team = Success<Operation<"/api/v1/organizations/{organization_id}/members", "get">>;
export type TeamMember = Team["items"][number];
export type Invitation = Success<Operation<"/api/v1/organizations/{organization_id}/invitations", "post">>;
export type InvitationPreview = Success<Operation<"/api/v1/invitations/{invitation_id}", "get">>;
export type Role = "ADMIN" | "MEMBER";
export type CampaignSort = NonNullable<
  NonNullable<Operation<"/api/v1/organizations/{organization_id}/campaigns", "get">["parameters"]["query"]>["sort"]
>;

export interface CampaignFilters {
  archived?: boolean;
  name?: string;
  mine?: boolean;
  ownerId?: number | null;
  sort?: CampaignSort;
  page?: number;
  pageSize?: number;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** Extra members of the problem document, e.g. `blocked_until` for a blocked account. */
  readonly meta: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: FieldError[];
    requestId?: string | undefined;
    meta?: Record<string, unknown>;
  }) {
    super(`${init.status} ${init.code}: ${init.detail}`);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.meta = init.meta ?? {};
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** "body.password" or ["body", "password"] → "password". */
function fieldName(raw: unknown): string {
  const parts = Array.isArray(raw) ? raw.map(String) : String(raw ?? "").split(/[./]/);
  return parts.filter((part) => part && part !== "body").pop() ?? "";
}

function fieldErrors(problem: Record<string, unknown>): FieldError[] {
  const list = Array.isArray(problem.errors)
    ? problem.errors
    : Array.isArray(problem.detail) // a framework-default validation error, just in case
      ? problem.detail
      : [];
  return list
    .filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null)
    .map((item) => ({
      field: fieldName(item.field ?? item.loc),
      code: str(item.code) ?? str(item.type) ?? "INVALID",
      message: str(item.message) ?? str(item.msg) ?? "",
    }));
}

const PROBLEM_MEMBERS = new Set(["type", "title", "status", "detail", "code", "errors", "request_id"]);

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === "object" && parsed !== null) problem = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page…): status alone will do.
  }
  return new ApiError({
    status: response.status,
    code: str(problem.code) ?? `HTTP_${response.status}`,
    detail: str(problem.detail) ?? str(problem.title) ?? response.statusText,
    errors: fieldErrors(problem),
    requestId: str(problem.request_id),
    meta: Object.fromEntries(Object.entries(problem).filter(([key]) => !PROBLEM_MEMBERS.has(key))),
  });
}

interface SendOptions<O = unknown> {
  json?: JsonBody<O>;
  form?: FormBody<O>;
  /** Path parameters: `{code}` in the path is replaced by `params.code`. */
  params?: Record<string, string | number>;
  /** false for endpoints that must never carry the bearer token (token, sign-up…). */
  auth?: boolean;
  /** Query string parameters (undefined values are left out). */
  query?: Record<string, string | number | boolean | undefined>;
}

interface Payload {
  json?: unknown;
  form?: unknown;
}

async function rawFetch(method: Method, url: string, options: Payload, token?: string) {
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": localeStore.get(),
  };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (typeof options.form === "object" && options.form !== null) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(options.form)) {
      if (value !== undefined && value !== null) form.set(key, String(value));
    }
    body = form.toString();
  }
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(url, { method: method.toUpperCase(), headers, body });
  } catch {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR", detail: "Network error" });
  }
}

export function sessionFromToken(token: Token): Session {
  return {
    accessToken: token.access_token,
    refreshToken: token.refresh_token,
    expiresAt: Date.now() + token.expires_in * 1000,
  };
}

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token once, however many requests failed with 401 together. */
function refreshSession(expired: Session): Promise<boolean> {
  const current = sessionStore.get();
  if (current && current.accessToken !== expired.accessToken) return Promise.resolve(true);
  if (!current) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const form: TokenForm = {
        grant_type: "refresh_token",
        refresh_token: current.refreshToken,
        client_id: settings().clientId,
      };
      const response = await rawFetch("post", "/api/v1/token", { form });
      if (!response.ok) return false;
      saveSession(sessionFromToken((await response.json()) as Token));
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function send<P extends PathWith<M>, M extends Method>(
  method: M,
  path: P,
  options: SendOptions<Operation<P, M>> = {},
): Promise<Success<Operation<P, M>>> {
  let url = String(path).replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(options.params?.[name] ?? "")),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  if (search.size) url += `?${search}`;
  const session = options.auth === false ? null : sessionStore.get();
  let response = await rawFetch(method, url, options, session?.accessToken);
  if (response.status === 401 && session) {
    // Expired access token: refresh once and replay. If the refresh is refused the session
    // is over. A 401 again with a fresh token is about something else: no sign-out for it.
    if (await refreshSession(session)) {
      response = await rawFetch(method, url, options, sessionStore.get()?.accessToken);
    } else {
      clearSession();
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 202) {
    // No body worth reading (202 may carry one, but nothing here needs it).
    return undefined as Success<Operation<P, M>>;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as Success<Operation<P, M>>;
}

export const api = {
  createUser: (user: NewUser) => send("post", "/api/v1/users", { json: user, auth: false }),

  logIn: (email: string, password: string) => {
    const form: TokenForm = {
      grant_type: "password",
      username: email,
      password,
      client_id: settings().clientId,
    };
    return send("post", "/api/v1/token", { form, auth: false });
  },

  revoke: (refreshToken: string) =>
    send("post", "/api/v1/token/revoke", { json: { refresh_token: refreshToken }, auth: false }),

  me: () => send("get", "/api/v1/me"),

  acceptOrgaTerms: () => send("post", "/api/v1/me/orga-terms-acceptance"),

  memberships: () => send("get", "/api/v1/me/memberships"),

  changePassword: (currentPassword: string, newPassword: string) =>
    send("put", "/api/v1/me/password", {
      json: { current_password: currentPassword, new_password: newPassword },
    }),

  requestPasswordReset: (email: string) =>
    send("post", "/api/v1/password-reset-requests", { json: { email }, auth: false }),

  resetPassword: (token: string, newPassword: string) =>
    send("post", "/api/v1/password-resets", {
      json: { token, new_password: newPassword },
      auth: false,
    }),

  health: () => send("get", "/api/v1/health", { auth: false }),

  campaignToJoin: (code: string) =>
    send("get", "/api/v1/campaigns-to-join/{code}", { params: { code }, auth: false }),

  /** Joins a campaign, or gets back the participation already started (`resumed`). */
  joinCampaign: (code: string, externalId?: string) =>
    send("post", "/api/v1/campaign-participations", {
      json: {
        campaign_code: code,
        ...(externalId !== undefined && { participant_external_id: externalId }),
      },
    }),

  nextChallenge: (assessmentId: number) =>
    send("get", "/api/v1/assessments/{assessment_id}/next-challenge", {
      params: { assessment_id: assessmentId },
    }),

  /** The learner starts a timed challenge's timer: the server records the first start and
   * says how many seconds are left by its clock (a late answer is timed out whatever is sent). */
  startTimer: (assessmentId: number, challengeId: string) =>
    send("post", "/api/v1/assessments/{assessment_id}/timer-start", {
      params: { assessment_id: assessmentId },
      json: { challenge_id: challengeId },
    }),

  answer: (assessmentId: number, answer: NewAnswer) =>
    send("post", "/api/v1/assessments/{assessment_id}/answers", {
      params: { assessment_id: assessmentId },
      json: answer,
    }),

  results: (participationId: number, locale: string) =>
    send("get", "/api/v1/campaign-participations/{participation_id}/results", {
      params: { participation_id: participationId },
      query: { locale },
    }),

  /** Before sharing: play again the skills failed at least 4 days ago. */
  improveParticipation: (participationId: number) =>
    send("post", "/api/v1/campaign-participations/{participation_id}/improvement", {
      params: { participation_id: participationId },
    }),

  /** "Je retente" after sharing: a new participation, when the campaign allows it. */
  retryParticipation: (participationId: number) =>
    send("post", "/api/v1/campaign-participations/{participation_id}/retry", {
      params: { participation_id: participationId },
    }),

  shareResults: (participationId: number, locale: string) =>
    send("post", "/api/v1/campaign-participations/{participation_id}/share", {
      params: { participation_id: participationId },
      query: { locale },
    }),

  assessmentAnswers: (assessmentId: number) =>
    send("get", "/api/v1/assessments/{assessment_id}/answers", {
      params: { assessment_id: assessmentId },
    }),

  correction: (answerId: number) =>
    send("get", "/api/v1/answers/{answer_id}/correction", { params: { answer_id: answerId } }),

  /** "Signaler un problème" on a challenge the learner was shown. */
  reportChallenge: (assessmentId: number, challengeId: string, comment: string) =>
    send("post", "/api/v1/assessments/{assessment_id}/challenge-reports", {
      params: { assessment_id: assessmentId },
      json: { challenge_id: challengeId, comment },
    }),

  myParticipations: () => send("get", "/api/v1/me/participations"),

  saveTutorial: (tutorialId: string) =>
    send("put", "/api/v1/me/saved-tutorials/{tutorial_id}", { params: { tutorial_id: tutorialId } }),

  unsaveTutorial: (tutorialId: string) =>
    send("delete", "/api/v1/me/saved-tutorials/{tutorial_id}", {
      params: { tutorial_id: tutorialId },
    }),

  rateTutorial: (tutorialId: string, useful: boolean) =>
    send("put", "/api/v1/me/tutorial-evaluations/{tutorial_id}", {
      params: { tutorial_id: tutorialId },
      json: { useful },
    }),

  framework: (locale: string) => send("get", "/api/v1/framework", { query: { locale }, auth: false }),

  profile: (locale: string) => send("get", "/api/v1/me/profile", { query: { locale } }),

  /** Evaluates a whole competence, or resumes the evaluation in progress (`resumed`). */
  startCompetenceEvaluation: (competenceIndex: string) =>
    send("post", "/api/v1/competence-evaluations", { json: { competence_index: competenceIndex } }),

  /** "Remettre à zéro": 409 NOT_ALLOWED_YET with `available_at` before the 7 days. */
  resetCompetence: (competenceIndex: string) =>
    send("post", "/api/v1/me/competences/{competence_index}/reset", {
      params: { competence_index: competenceIndex },
    }),

  recommendedTutorials: (locale: string) =>
    send("get", "/api/v1/me/tutorials/recommended", { query: { locale } }),

  savedTutorials: (locale: string) => send("get", "/api/v1/me/tutorials/saved", { query: { locale } }),

  // Orga.
  organizationCampaigns: (organizationId: number, filters: CampaignFilters = {}) =>
    send("get", "/api/v1/organizations/{organization_id}/campaigns", {
      params: { organization_id: organizationId },
      query: {
        archived: filters.archived ? "true" : undefined,
        name: filters.name || undefined,
        mine: filters.mine ? "true" : undefined,
        owner_id: filters.ownerId ?? undefined,
        sort: filters.sort,
        page: filters.page,
        page_size: filters.pageSize,
      },
    }),

  createCampaign: (organizationId: number, campaign: NewCampaign) =>
    send("post", "/api/v1/organizations/{organization_id}/campaigns", {
      params: { organization_id: organizationId },
      json: campaign,
    }),

  campaign: (campaignId: number) =>
    send("get", "/api/v1/campaigns/{campaign_id}", { params: { campaign_id: campaignId } }),

  updateCampaign: (campaignId: number, changes: CampaignChanges) =>
    send("patch", "/api/v1/campaigns/{campaign_id}", {
      params: { campaign_id: campaignId },
      json: changes,
    }),

  archiveCampaign: (campaignId: number) =>
    send("put", "/api/v1/campaigns/{campaign_id}/archive", { params: { campaign_id: campaignId } }),

  unarchiveCampaign: (campaignId: number) =>
    send("delete", "/api/v1/campaigns/{campaign_id}/archive", { params: { campaign_id: campaignId } }),

  /** Delete a campaign and its participations (owner or administrator); final. */
  deleteCampaign: (campaignId: number) =>
    send("delete", "/api/v1/campaigns/{campaign_id}", { params: { campaign_id: campaignId } }),

  /** Take a participant out of a campaign (owner or administrator); final. */
  deleteParticipant: (campaignId: number, participationId: number) =>
    send("delete", "/api/v1/campaigns/{campaign_id}/participants/{participation_id}", {
      params: { campaign_id: campaignId, participation_id: participationId },
    }),

  campaignParticipants: (
    campaignId: number,
    filters: { status?: ParticipantStatus | undefined; search?: string; page?: number; pageSize?: number } = {},
  ) =>
    send("get", "/api/v1/campaigns/{campaign_id}/participants", {
      params: { campaign_id: campaignId },
      query: {
        status: filters.status,
        search: filters.search || undefined,
        page: filters.page,
        page_size: filters.pageSize,
      },
    }),

  /** The profiles a profiles collection received (the latest one of each learner), optionally
   * only those matching a participant search and a certifiability. */
  campaignProfiles: (
    campaignId: number,
    filters: { search?: string; certifiable?: boolean | undefined; page?: number; pageSize?: number } = {},
  ) =>
    send("get", "/api/v1/campaigns/{campaign_id}/profiles", {
      params: { campaign_id: campaignId },
      query: {
        search: filters.search || undefined,
        certifiable: filters.certifiable,
        page: filters.page,
        page_size: filters.pageSize,
      },
    }),

  campaignActivity: (campaignId: number) =>
    send("get", "/api/v1/campaigns/{campaign_id}/activity", { params: { campaign_id: campaignId } }),

  campaignAnalysis: (campaignId: number) =>
    send("get", "/api/v1/campaigns/{campaign_id}/analysis", { params: { campaign_id: campaignId } }),

  participantResults: (campaignId: number, participationId: number) =>
    send("get", "/api/v1/campaigns/{campaign_id}/participants/{participation_id}/results", {
      params: { campaign_id: campaignId, participation_id: participationId },
    }),

  team: (organizationId: number) =>
    send("get", "/api/v1/organizations/{organization_id}/members", {
      params: { organization_id: organizationId },
    }),

  invitations: (organizationId: number) =>
    send("get", "/api/v1/organizations/{organization_id}/invitations", {
      params: { organization_id: organizationId },
    }),

  /** Inviting an address again re-sends a fresh link. */
  invite: (organizationId: number, email: string, role: Role) =>
    send("post", "/api/v1/organizations/{organization_id}/invitations", {
      params: { organization_id: organizationId },
      json: { email, role },
    }),

  cancelInvitation: (organizationId: number, invitationId: number) =>
    send("delete", "/api/v1/organizations/{organization_id}/invitations/{invitation_id}", {
      params: { organization_id: organizationId, invitation_id: invitationId },
    }),

  changeRole: (organizationId: number, membershipId: number, role: Role) =>
    send("patch", "/api/v1/organizations/{organization_id}/members/{membership_id}", {
      params: { organization_id: organizationId, membership_id: membershipId },
      json: { role },
    }),

  removeMember: (organizationId: number, membershipId: number) =>
    send("delete", "/api/v1/organizations/{organization_id}/members/{membership_id}", {
      params: { organization_id: organizationId, membership_id: membershipId },
    }),

  invitation: (invitationId: number, code: string) =>
    send("get", "/api/v1/invitations/{invitation_id}", {
      params: { invitation_id: invitationId },
      query: { code },
      auth: false,
    }),

  acceptInvitation: (invitationId: number, code: string) =>
    send("post", "/api/v1/invitations/{invitation_id}/acceptance", {
      params: { invitation_id: invitationId },
      json: { code },
    }),

  /** A short-lived token: its `url` downloads the CSV with a plain link. */
  exportToken: (campaignId: number) =>
    send("post", "/api/v1/campaigns/{campaign_id}/export-tokens", {
      params: { campaign_id: campaignId },
    }),
};
