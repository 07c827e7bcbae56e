import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, type Framework, type NewCampaign } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { TextField } from "@pix-libre/shared/components/TextField";
import { useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { codeMessage, errorMessage, useI18n, type Translate } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { TARGET_PROFILES, useMembership } from "../organization";

export const LANDING_TEXT_MAX = 5000;
const COMPETENCE = "competence";

type Field = "name" | "target" | "competence" | "externalIdLabel" | "externalIdType" | "title" | "landingText";
type Errors = Partial<Record<Field | "form", string>>;

/** Where each API error code belongs on the form. */
const FIELD_OF_CODE: Record<string, Field> = {
  CAMPAIGN_NAME_IS_REQUIRED: "name",
  TARGET_PROFILE_IS_REQUIRED: "target",
  TARGET_PROFILE_NOT_FOUND: "target",
  TARGET_PROFILE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN: "target",
  COMPETENCE_NOT_FOUND: "competence",
  LANDING_TEXT_IS_TOO_LONG: "landingText",
  MISSING_EXTERNAL_ID_TYPE: "externalIdType",
  TITLE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN: "title",
};
const FIELD_OF_NAME: Record<string, Field> = {
  name: "name",
  target_profile_id: "target",
  competence_index: "competence",
  external_id_label: "externalIdLabel",
  external_id_type: "externalIdType",
  title: "title",
  landing_text: "landingText",
};

/** A 422's field errors, each on its field; anything else on the form. */
export function errorsOf(t: Translate, error: unknown, fieldOfName: Record<string, string> = FIELD_OF_NAME): Errors & Record<string, string> {
  const errors: Record<string, string> = {};
  if (error instanceof ApiError && error.errors.length) {
    for (const item of error.errors) {
      const field = FIELD_OF_CODE[item.code] ?? fieldOfName[item.field] ?? "form";
      errors[field] ??= codeMessage(t, item.code) ?? (item.message || t("error.generic"));
    }
    return errors;
  }
  errors.form = errorMessage(t, error);
  return errors;
}

/** "Créer une campagne": the form of the guides (seeds 002, p. 2-3). */
export function CampaignNew(_: PageProps) {
  const { t, locale } = useI18n();
  usePageTitle(t("create.title"));
  const { membership } = useMembership();
  const [name, setName] = useState("");
  const [type, setType] = useState<NewCampaign["type"]>("ASSESSMENT");
  const [target, setTarget] = useState("");
  const [competence, setCompetence] = useState("");
  const [askExternalId, setAskExternalId] = useState(false);
  const [externalIdLabel, setExternalIdLabel] = useState("");
  const [externalIdType, setExternalIdType] = useState<"STRING" | "EMAIL">("STRING");
  const [title, setTitle] = useState("");
  const [landingText, setLandingText] = useState("");
  const [multipleSendings, setMultipleSendings] = useState(false);
  const [framework, setFramework] = useState<Framework | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  useEffect(() => {
    if (target !== COMPETENCE || framework) return;
    api.framework(locale).then(setFramework, () => setFramework(null));
  }, [target, locale]);

  const assessment = type === "ASSESSMENT";

  async function submit(event: Event) {
    event.preventDefault();
    if (sending || !membership) return;
    const found: Errors = {};
    if (!name.trim()) found.name = t("error.CAMPAIGN_NAME_IS_REQUIRED");
    if (assessment && !target) found.target = t("error.TARGET_PROFILE_IS_REQUIRED");
    if (assessment && target === COMPETENCE && !competence) found.competence = t("create.competenceRequired");
    if (askExternalId && !externalIdLabel.trim()) found.externalIdLabel = t("create.externalIdLabelRequired");
    if (landingText.length > LANDING_TEXT_MAX) found.landingText = t("error.LANDING_TEXT_IS_TOO_LONG");
    setErrors(found);
    if (Object.keys(found).length) {
      setAttempt((n) => n + 1);
      return;
    }
    const campaign: NewCampaign = {
      name: name.trim(),
      type,
      multiple_sendings: multipleSendings,
      landing_text: landingText.trim() || null,
      ...(assessment && {
        title: title.trim() || null,
        ...(target === COMPETENCE ? { competence_index: competence } : { target_profile_id: target }),
      }),
      ...(askExternalId && { external_id_label: externalIdLabel.trim(), external_id_type: externalIdType }),
    };
    setSending(true);
    try {
      const created = await api.createCampaign(membership.organization.id, campaign);
      navigate(`/campagnes/${created.id}`);
    } catch (error) {
      setErrors(errorsOf(t, error));
      setAttempt((n) => n + 1);
      setSending(false);
    }
  }

  const radio = (
    name: string,
    value: string,
    checked: boolean,
    label: string,
    onChange: () => void,
    invalid = false,
  ) => (
    <div class="radio">
      <input
        type="radio"
        id={`${name}-${value}`}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-invalid={invalid ? "true" : undefined}
      />
      <label for={`${name}-${value}`}>{label}</label>
    </div>
  );

  return (
    <section class="page page--form">
      <p class="back">
        <Link href="/campagnes">{t("campaign.back")}</Link>
      </p>
      <h1>{t("create.title")}</h1>
      <form ref={form} class="card form" noValidate onSubmit={(event) => void submit(event)}>
        {errors.form && (
          <Alert>
            <p>{errors.form}</p>
          </Alert>
        )}
        <TextField
          id="campaign-name"
          label={t("create.name")}
          hint={t("create.nameHint")}
          value={name}
          onValue={setName}
          error={errors.name}
          maxLength={255}
          required
        />

        <fieldset class="field fieldset">
          <legend>{t("create.goal")}</legend>
          {radio("campaign-type", "ASSESSMENT", assessment, t("create.goalAssessment"), () => setType("ASSESSMENT"))}
          {radio("campaign-type", "PROFILES_COLLECTION", !assessment, t("create.goalProfiles"), () =>
            setType("PROFILES_COLLECTION"),
          )}
        </fieldset>

        {assessment && (
          <>
            <div class={`field${errors.target ? " field--invalid" : ""}`}>
              <label for="campaign-target">{t("create.target")}</label>
              <select
                id="campaign-target"
                value={target}
                aria-invalid={errors.target ? "true" : undefined}
                aria-describedby={errors.target ? "campaign-target-error" : undefined}
                onChange={(event) => setTarget(event.currentTarget.value)}
              >
                <option value="">{t("create.targetPlaceholder")}</option>
                {TARGET_PROFILES.map((profile) => (
                  <option key={profile.id} value={profile.id}>
                    {profile.name}
                  </option>
                ))}
                <option value={COMPETENCE}>{t("create.wholeCompetence")}</option>
              </select>
              {errors.target && (
                <p id="campaign-target-error" class="field__error" role="alert">
                  {errors.target}
                </p>
              )}
            </div>
            {target === COMPETENCE && (
              <div class={`field${errors.competence ? " field--invalid" : ""}`}>
                <label for="campaign-competence">{t("create.competence")}</label>
                <select
                  id="campaign-competence"
                  value={competence}
                  aria-invalid={errors.competence ? "true" : undefined}
                  aria-describedby={errors.competence ? "campaign-competence-error" : undefined}
                  onChange={(event) => setCompetence(event.currentTarget.value)}
                >
                  <option value="">{framework ? t("create.competencePlaceholder") : t("app.loading")}</option>
                  {framework?.areas.map((area) => (
                    <optgroup key={area.code} label={`${area.code}. ${area.title}`}>
                      {area.competences.map((c) => (
                        <option key={c.index} value={c.index}>
                          {c.index} {c.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                {errors.competence && (
                  <p id="campaign-competence-error" class="field__error" role="alert">
                    {errors.competence}
                  </p>
                )}
              </div>
            )}
          </>
        )}

        <fieldset class="field fieldset">
          <legend>{t("create.askExternalId")}</legend>
          {radio("ask-external-id", "no", !askExternalId, t("create.no"), () => setAskExternalId(false))}
          {radio("ask-external-id", "yes", askExternalId, t("create.yes"), () => setAskExternalId(true))}
        </fieldset>
        {askExternalId && (
          <div class="subfields">
            <TextField
              id="external-id-label"
              label={t("create.externalIdLabel")}
              hint={t("create.externalIdLabelHint")}
              value={externalIdLabel}
              onValue={setExternalIdLabel}
              error={errors.externalIdLabel}
              maxLength={255}
            />
            <fieldset
              class={`field fieldset${errors.externalIdType ? " field--invalid" : ""}`}
              aria-describedby={errors.externalIdType ? "external-id-type-error" : undefined}
            >
              <legend>{t("create.externalIdType")}</legend>
              {radio("external-id-type", "STRING", externalIdType === "STRING", t("create.externalIdString"), () =>
                setExternalIdType("STRING"), !!errors.externalIdType,
              )}
              {radio("external-id-type", "EMAIL", externalIdType === "EMAIL", t("create.externalIdEmail"), () =>
                setExternalIdType("EMAIL"), !!errors.externalIdType,
              )}
              {errors.externalIdType && (
                <p id="external-id-type-error" class="field__error" role="alert">
                  {errors.externalIdType}
                </p>
              )}
            </fieldset>
          </div>
        )}

        {assessment && (
          <TextField
            id="campaign-title"
            label={t("create.testTitle")}
            hint={t("create.testTitleHint")}
            value={title}
            onValue={setTitle}
            error={errors.title}
            maxLength={255}
          />
        )}
        {!assessment && errors.title && <p class="field__error">{errors.title}</p>}

        <LandingTextField value={landingText} onValue={setLandingText} error={errors.landingText} />

        <div class="field field--checkbox">
          <div class="checkbox">
            <input
              type="checkbox"
              id="multiple-sendings"
              checked={multipleSendings}
              onChange={(event) => setMultipleSendings(event.currentTarget.checked)}
            />
            <label for="multiple-sendings">{t("create.multipleSendings")}</label>
          </div>
        </div>

        <div class="actions">
          <button type="submit" class="button" aria-disabled={sending ? "true" : undefined}>
            {sending ? t("form.sending") : t("create.submit")}
          </button>
          <Link href="/campagnes" class="button button--secondary">
            {t("create.cancel")}
          </Link>
        </div>
      </form>
    </section>
  );
}

/** The landing-page textarea with its Markdown note and a character count. */
export function LandingTextField({
  value,
  onValue,
  error,
  id = "landing-text",
}: {
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  id?: string;
}) {
  const { t } = useI18n();
  const describedBy = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={`field${error ? " field--invalid" : ""}`}>
      <label for={id}>{t("create.landingText")}</label>
      <p id={`${id}-hint`} class="field__hint">
        {t("create.landingTextHint")}
      </p>
      <textarea
        id={id}
        rows={6}
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      <p id={`${id}-count`} class="field__hint">
        {t("create.landingTextCount", { n: value.length, max: LANDING_TEXT_MAX })}
      </p>
      {error && (
        <p id={`${id}-error`} class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
