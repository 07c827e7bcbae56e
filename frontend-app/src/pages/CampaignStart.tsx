import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  ApiError,
  api,
  type CampaignToJoin,
  type Participation,
} from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { EMAIL_PATTERN, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { TextField } from "@pix-libre/shared/components/TextField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { codeMessage, errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { focusHeading, focusHeadingIfLost } from "../focus";
import { rememberJourney } from "../journey";
import { CAMPAIGN_CODE } from "./Home";

export const RULES = [
  { title: "rules.internet.title", text: "rules.internet.text", icon: "🔎" },
  { title: "rules.tutorials.title", text: "rules.tutorials.text", icon: "📚" },
  { title: "rules.time.title", text: "rules.time.text", icon: "⏱" },
  { title: "rules.adaptive.title", text: "rules.adaptive.text", icon: "📈" },
] as const;

type State =
  | { kind: "joining" }
  | { kind: "external-id"; campaign: CampaignToJoin }
  | { kind: "rules"; step: number; assessmentId: number }
  | { kind: "failed"; message: string };

/**
 * "Je commence", signed in: joins the campaign (or resumes it), asks for the external id when
 * the campaign needs one, then shows the rules once, for a new participation only.
 */
export function CampaignStart({ params }: PageProps) {
  const { t } = useI18n();
  const code = (params.code ?? "").toUpperCase();
  const [state, setState] = useState<State>({ kind: "joining" });
  const campaign = useRef<CampaignToJoin | null>(null);

  function joined(participation: Participation) {
    const title = campaign.current?.title ?? "";
    rememberJourney({
      code,
      title,
      participationId: participation.id,
      assessmentId: participation.assessment_id,
    });
    if (participation.status !== "STARTED" || participation.assessment_id === null) {
      // Shared already, or a profiles collection (no test: the profile is sent as it is).
      navigate(`/campagnes/${code}/resultats`, { replace: true });
    } else if (participation.resumed) {
      navigate(`/evaluation/${participation.assessment_id}`, { replace: true });
    } else {
      setState({ kind: "rules", step: 0, assessmentId: participation.assessment_id });
    }
  }

  function failed(error: unknown) {
    const message =
      error instanceof ApiError && error.status === 404
        ? t("landing.notFound", { code })
        : errorMessage(t, error);
    setState({ kind: "failed", message });
  }

  useEffect(() => {
    if (!CAMPAIGN_CODE.test(code)) {
      setState({ kind: "failed", message: t("campaign.invalidCode") });
      return;
    }
    let live = true;
    (async () => {
      try {
        campaign.current = await api.campaignToJoin(code);
        // Without the external id first: a participation already started is resumed as is.
        const participation = await api.joinCampaign(code);
        if (live) joined(participation);
      } catch (error) {
        if (!live) return;
        const missingExternalId =
          error instanceof ApiError && error.errors.some((e) => e.code === "MISSING_EXTERNAL_ID");
        if (missingExternalId && campaign.current) {
          setState({ kind: "external-id", campaign: campaign.current });
        } else {
          failed(error);
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [code]);

  useLayoutEffect(() => {
    if (state.kind !== "joining" && state.kind !== "rules") focusHeadingIfLost();
  }, [state.kind]);

  const stateTitle =
    state.kind === "external-id"
      ? t("externalId.title")
      : state.kind === "rules"
        ? t(RULES[state.step]!.title)
        : state.kind === "failed"
          ? t("start.failedTitle")
          : t("app.loading");
  usePageTitle(stateTitle);

  if (state.kind === "joining") {
    return (
      <section class="page page--narrow">
        <p role="status">{t("start.joining")}</p>
      </section>
    );
  }
  if (state.kind === "failed") {
    return (
      <section class="page page--narrow">
        <h1>{stateTitle}</h1>
        <Alert>{state.message}</Alert>
        <p>
          <Link href={`/campagnes/${code}`}>{t("start.backToCampaign")}</Link>
        </p>
      </section>
    );
  }
  if (state.kind === "external-id") {
    return <ExternalIdForm code={code} campaign={state.campaign} onJoined={joined} onFailed={failed} />;
  }
  return (
    <Rules
      step={state.step}
      onNext={() => {
        if (state.step < RULES.length - 1) {
          setState({ ...state, step: state.step + 1 });
        } else {
          navigate(`/evaluation/${state.assessmentId}`);
        }
      }}
    />
  );
}

function Rules({ step, onNext }: { step: number; onNext: () => void }) {
  const { t } = useI18n();
  const rule = RULES[step]!;
  const last = step === RULES.length - 1;
  useLayoutEffect(() => {
    // The next screen replaces this one in place: start reading it from its title.
    if (step > 0) focusHeading();
    else focusHeadingIfLost();
  }, [step]);
  return (
    <section class="page page--narrow rules" aria-labelledby="rule-title">
      <div class="card rules__card">
        <p class="rules__step">{t("rules.step", { n: step + 1, total: RULES.length })}</p>
        <p class="rules__icon" aria-hidden="true">
          {rule.icon}
        </p>
        <h1 id="rule-title">{t(rule.title)}</h1>
        <p>{t(rule.text)}</p>
        <ol class="rules__dots" aria-hidden="true">
          {RULES.map((_, i) => (
            <li class={i === step ? "rules__dot rules__dot--current" : "rules__dot"} />
          ))}
        </ol>
        <button type="button" class="button button--block" onClick={onNext}>
          {last ? t("rules.go") : t("rules.next")}
        </button>
      </div>
    </section>
  );
}

function ExternalIdForm({
  code,
  campaign,
  onJoined,
  onFailed,
}: {
  code: string;
  campaign: CampaignToJoin;
  onJoined: (participation: Participation) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);
  const isEmail = campaign.external_id_type === "EMAIL";
  const label = campaign.external_id_label ?? t("externalId.defaultLabel");

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    const trimmed = value.trim();
    let found: string | undefined;
    if (!trimmed) found = t("error.MISSING_EXTERNAL_ID");
    else if (isEmail && !EMAIL_PATTERN.test(trimmed)) found = t("error.INVALID_EMAIL");
    if (found) {
      setError(found);
      setAttempt((n) => n + 1);
      return;
    }
    setSubmitting(true);
    try {
      onJoined(await api.joinCampaign(code, trimmed));
    } catch (caught) {
      setSubmitting(false);
      if (caught instanceof ApiError && caught.errors.length) {
        const messages = fieldMessages(t, caught.errors);
        setError(messages.participant_external_id ?? Object.values(messages)[0]);
        setAttempt((n) => n + 1);
      } else if (caught instanceof ApiError && caught.code === "CAMPAIGN_ARCHIVED") {
        onFailed(caught);
      } else {
        setError(
          (caught instanceof ApiError && codeMessage(t, caught.code)) || errorMessage(t, caught),
        );
        setAttempt((n) => n + 1);
      }
    }
  }

  return (
    <section class="page page--narrow">
      <h1>{t("externalId.title")}</h1>
      <form ref={form} class="card form" noValidate onSubmit={submit}>
        <p>{t("externalId.intro")}</p>
        <TextField
          id="participant_external_id"
          type={isEmail ? "email" : "text"}
          label={label}
          value={value}
          onValue={(v) => {
            setValue(v);
            setError(undefined);
          }}
          error={error}
          autoComplete={isEmail ? "email" : "off"}
          maxLength={255}
          required
        />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={submitting}>
            {submitting ? t("form.sending") : t("externalId.submit")}
          </button>
          <Link href={`/campagnes/${code}`} class="button button--secondary">
            {t("externalId.cancel")}
          </Link>
        </div>
      </form>
    </section>
  );
}
