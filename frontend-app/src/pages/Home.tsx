import { useRef, useState } from "preact/hooks";
import { useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { TextField } from "@pix-libre/shared/components/TextField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import { navigate, type PageProps } from "@pix-libre/shared/navigation";
import { useStore } from "@pix-libre/shared/store";
import { userStore } from "../auth";
import { ResumeBanners } from "../components/ResumeBanners";

/** 6 letters then 3 digits, e.g. TUMYUZ238. */
export const CAMPAIGN_CODE = /^[A-Z]{6}\d{3}$/;

export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 9);
}

export function Home(_: PageProps) {
  const { t } = useI18n();
  const user = useStore(userStore);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);
  usePageTitle("");

  return (
    <div class="page">
      <ResumeBanners />
      <section class="hero">
        {user && <p class="hero__welcome">{t("home.welcome", { name: user.first_name })}</p>}
        <h1>{t("home.title")}</h1>
        <p>{t("home.intro")}</p>
      </section>
      <section class="card card--narrow" aria-labelledby="code-title">
        <h2 id="code-title">{t("home.codeTitle")}</h2>
        <p>{t("home.codeIntro")}</p>
        <form
          ref={form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!CAMPAIGN_CODE.test(code)) {
              setError(t("home.codeInvalid"));
              setAttempt(attempt + 1);
              return;
            }
            navigate(`/campagnes/${code}`);
          }}
        >
          <TextField
            id="campaign-code"
            label={t("home.codeLabel")}
            hint={t("home.codeHint")}
            value={code}
            onValue={(value) => {
              setCode(normalizeCode(value));
              setError(undefined);
            }}
            error={error}
            class="input--code"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={9}
            required
          />
          <button type="submit" class="button">
            {t("home.codeSubmit")}
          </button>
        </form>
      </section>
    </div>
  );
}
