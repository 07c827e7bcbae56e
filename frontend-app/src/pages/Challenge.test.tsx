import { act, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored, type Reply } from "../test/api";
import { answers, finished, next, overview, qcm, qcu, qroc, qrocm } from "../test/journey";
import { card, profile } from "../test/profile";

const NEXT = "GET /api/v1/assessments/34/next-challenge";
const ANSWER = "POST /api/v1/assessments/34/answers";
const START = "POST /api/v1/assessments/34/timer-start";
const timerStarted = (seconds_left: number): Reply => ({
  status: 200,
  body: { challenge_id: "@x", started_at: "2026-12-04T19:00:00Z", seconds_left },
});
const created = (challenge_id: string, next: unknown): Reply => ({
  status: 201,
  body: { id: 1, challenge_id, result: "ok", next },
});

/**
 * The page opens on the first of `nextReplies` (GET next-challenge); each answer's response
 * carries the following one, as the API does.
 */
function start(nextReplies: Reply[], extra: Record<string, Reply | Reply[]> = {}) {
  const [opening, ...afterAnswers] = nextReplies;
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/participations": { status: 200, body: { items: [overview()] } },
    [NEXT]: [opening!],
    [ANSWER]: (call) =>
      created(String((call.data as { challenge_id: string }).challenge_id), afterAnswers.shift()?.body),
    ...extra,
  });
  signInStored();
  renderAt("/evaluation/34");
  return api;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("Challenge page", () => {
  it("heads a competence evaluation resumed on another device with the competence, quitting to it", async () => {
    start([{ status: 200, body: next(qcu, 1) }], {
      "GET /api/v1/me/participations": { status: 200, body: { items: [] } },
      "GET /api/v1/me/profile": {
        status: 200,
        body: profile([card("2.1", { status: "STARTED", evaluation_assessment_id: 34 })]),
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Question 2" })).toBeInTheDocument();
    expect(await screen.findByText("2.1 Interagir")).toBeInTheDocument();
    expect(screen.getByText("Compétence :")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /^Quitter/ })).toHaveAttribute("href", "/competences/2.1");
    await waitFor(() => expect(document.title).toBe("Question 2 – 2.1 Interagir | Pix libre"));
  });

  it("shows a single-choice question and sends the rank of the choice", async () => {
    const api = start([{ status: 200, body: next(qcu, 2) }, { status: 200, body: next(qcm, 3) }]);
    const user = userEvent.setup();

    expect(await screen.findByRole("heading", { level: 1, name: "Question 3" })).toBeInTheDocument();
    expect(await screen.findByText("Diagnostic de rentrée")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Question 3 sur 5 avant le prochain point d'étape" })).toBeInTheDocument();
    expect(screen.getByText("Où retrouver un fichier supprimé ?")).toBeInTheDocument();

    const validate = screen.getByRole("button", { name: "Je valide" });
    expect(validate).toBeDisabled();
    const group = screen.getByRole("group", { name: "Choisissez une réponse :" });
    await user.click(within(group).getByRole("radio", { name: "dans la corbeille" }));
    expect(validate).toBeEnabled();
    await user.click(validate);

    const heading = await screen.findByRole("heading", { level: 1, name: "Question 4" });
    expect(heading).toHaveFocus();
    expect(api.to(ANSWER)[0]?.data).toEqual({
      challenge_id: "@corbeille2-a",
      value: "2",
      timed_out: false,
      focused_out: false,
    });
    // The answer's response said what comes next: one request per question, not two.
    expect(api.to(NEXT)).toHaveLength(1);
  });

  it("sends the ranks of a multiple choice in order", async () => {
    const api = start([{ status: 200, body: next(qcm, 0) }, { status: 200, body: next(qcu, 1) }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Chromium" }));
    await user.click(screen.getByRole("checkbox", { name: "Firefox" }));
    await user.click(screen.getByRole("checkbox", { name: "Word" }));
    await user.click(screen.getByRole("checkbox", { name: "Word" }));
    expect(screen.getByRole("group", { name: "Choisissez une ou plusieurs réponses :" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Je valide" }));
    await screen.findByRole("heading", { name: "Question 2" });
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: "1,3" });
  });

  it("puts the fields of a QROCM inline and sends a key → text object", async () => {
    const api = start([{ status: 200, body: next(qrocm, 0) }, { status: 200, body: next(qcu, 1) }]);
    const user = userEvent.setup();
    const select = await screen.findByRole("combobox", { name: "Karim" });
    const input = screen.getByRole("textbox", { name: "Deuxième mot" });
    expect(input).toHaveAttribute("placeholder", "mot");
    expect(screen.getByText("suivi").tagName).toBe("STRONG");
    expect(screen.getByRole("img", { name: "Fenêtre de partage" })).toHaveAttribute(
      "src",
      "/api/v1/content-assets/r1/assets/2.3/partage.svg",
    );
    expect(screen.getByRole("link", { name: "Télécharger la pièce jointe budget.ods" })).toHaveAttribute(
      "href",
      "/api/v1/content-assets/r1/assets/2.3/budget.ods",
    );

    await user.selectOptions(select, "non");
    expect(screen.getByRole("button", { name: "Je valide" })).toBeDisabled();
    await user.type(input, " modifications ");
    await user.click(screen.getByRole("button", { name: "Je valide" }));
    await screen.findByRole("heading", { name: "Question 2" });
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: { karim: "non", b: "modifications" } });
  });

  it("gives a lone QROC field a visible label and sends its text", async () => {
    const api = start([{ status: 200, body: next(qroc, 0) }, { status: 200, body: next(qcu, 1) }]);
    const user = userEvent.setup();
    const input = await screen.findByLabelText("Votre réponse");
    await user.type(input, "odt{Enter}");
    await screen.findByRole("heading", { name: "Question 2" });
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ challenge_id: "@url1-a", value: "odt" });
  });

  it("skips with « Je passe »", async () => {
    const api = start([{ status: 200, body: next(qcu, 0) }, { status: 200, body: next(qcm, 1) }]);
    await userEvent.click(await screen.findByRole("button", { name: "Je passe" }));
    await screen.findByRole("heading", { name: "Question 2" });
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: "#ABAND#", timed_out: false });
  });

  it("opens the checkpoint after every fifth answer", async () => {
    start([{ status: 200, body: next(qcu, 4) }, { status: 200, body: next(qcm, 5) }], {
      "GET /api/v1/assessments/34/answers": { status: 200, body: { items: answers.slice(0, 5) } },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Je passe" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Avancement du parcours" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/evaluation/34/point-etape");
  });

  it("opens the last checkpoint when the test is over", async () => {
    start([{ status: 200, body: finished }], {
      "GET /api/v1/assessments/34/answers": { status: 200, body: { items: answers } },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Parcours terminé !" })).toBeInTheDocument();
    expect(window.location.search).toBe("?fin=1");
  });

  it("announces a timed question, counts down, and sends what is filled in when time is up", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = start(
      [
        { status: 200, body: next({ ...qcm, timer: 30 }, 0) },
        { status: 200, body: next(qcu, 1) },
      ],
      { [START]: timerStarted(30) },
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    expect(
      await screen.findByText("Cette question est chronométrée : vous aurez 30 secondes pour y répondre."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Afficher la question et lancer le chrono" }));

    await waitFor(() => expect(screen.getByRole("heading", { name: "Question 1" })).toHaveFocus());
    expect(api.to(START)[0]?.data).toEqual({ challenge_id: qcm.id });
    expect(screen.getByText("Il reste 30 secondes.")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Firefox" }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_500);
    });
    expect(screen.getByText("Il reste 20 secondes.")).toBeInTheDocument();
    expect(screen.getByText("0:20")).toBeInTheDocument();
    expect(api.to(ANSWER)).toHaveLength(0);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    await waitFor(() => expect(api.to(ANSWER)).toHaveLength(1));
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: "1", timed_out: true });
    expect(await screen.findByText(/Le temps de la question précédente était écoulé/)).toBeInTheDocument();
  });

  it("counts down what the server says is left of a timer started before a reload", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    start([{ status: 200, body: next({ ...qcu, timer: 60 }, 0) }], { [START]: timerStarted(12) });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole("button", { name: "Afficher la question et lancer le chrono" }));

    expect(await screen.findByText("0:12")).toBeInTheDocument();
  });

  it("sends a skip when time is up with nothing filled in", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = start(
      [
        { status: 200, body: next({ ...qroc, timer: 10 }, 0) },
        { status: 200, body: next(qcu, 1) },
      ],
      { [START]: timerStarted(10) },
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(await screen.findByRole("button", { name: "Afficher la question et lancer le chrono" }));
    expect(await screen.findByText("0:10")).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_500);
    });
    await waitFor(() => expect(api.to(ANSWER)).toHaveLength(1));
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: "#ABAND#", timed_out: true });
  });

  it("records leaving the page during a focused question", async () => {
    const api = start([
      { status: 200, body: next({ ...qcu, focused: true }, 0) },
      { status: 200, body: next(qcm, 1) },
    ]);
    const user = userEvent.setup();
    expect(await screen.findByText(/Restez sur cette page pendant cette question/)).toBeInTheDocument();
    fireEvent.blur(window);
    expect(await screen.findByRole("alert")).toHaveTextContent("Vous avez quitté la page");
    await user.click(screen.getByRole("radio", { name: "dans la corbeille" }));
    await user.click(screen.getByRole("button", { name: "Je valide" }));
    await screen.findByRole("heading", { name: "Question 2" });
    expect(api.to(ANSWER)[0]?.data).toMatchObject({ value: "2", focused_out: true });
  });

  it("reports a problem with the question", async () => {
    const api = start([{ status: 200, body: next(qcu, 0) }], {
      "POST /api/v1/assessments/34/challenge-reports": {
        status: 201,
        body: { id: 1, assessment_id: 34, challenge_id: "@corbeille2-a", comment: "x", created_at: "2025-09-01T08:00:00Z" },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText("Signaler un problème"));
    await user.click(screen.getByRole("button", { name: "Envoyer le signalement" }));
    expect(screen.getByLabelText("Décrivez le problème rencontré avec cette question")).toHaveFocus();
    expect(api.to("POST /api/v1/assessments/34/challenge-reports")).toHaveLength(0);
    await user.type(screen.getByLabelText("Décrivez le problème rencontré avec cette question"), "L'image est floue");
    await user.click(screen.getByRole("button", { name: "Envoyer le signalement" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Merci ! Votre signalement a été envoyé");
    expect(api.to("POST /api/v1/assessments/34/challenge-reports")[0]?.data).toEqual({
      challenge_id: "@corbeille2-a",
      comment: "L'image est floue",
    });
  });

  it("moves on when the question was already answered elsewhere", async () => {
    start([{ status: 200, body: next(qcu, 0) }], {
      [NEXT]: [
        { status: 200, body: next(qcu, 0) },
        { status: 200, body: next(qcm, 1) },
      ],
      [ANSWER]: problem(409, "NOT_THE_CURRENT_CHALLENGE"),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Je passe" }));
    expect(await screen.findByRole("heading", { name: "Question 2" })).toBeInTheDocument();
    expect(screen.getByText(/avait déjà reçu une réponse/)).toBeInTheDocument();
  });

  it("keeps the learner's answer and says so when sending fails", async () => {
    const api = start([{ status: 200, body: next(qcu, 0) }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "dans la corbeille" }));
    const fetchMock = vi.mocked(fetch);
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError("Failed to fetch");
    });
    await user.click(screen.getByRole("button", { name: "Je valide" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Le service est injoignable");
    expect(screen.getByRole("radio", { name: "dans la corbeille" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Je valide" })).toBeEnabled();
    expect(api.to(ANSWER)).toHaveLength(0);
  });
});
