"""How a challenge is shown: proposals shuffled per learner, inputs parsed, never a solution."""

from __future__ import annotations

from api.http.schemas.assessments import ChallengeRead
from domain.learning_content.model import Challenge, ChallengeText


def challenge(kind: str, proposals: str, solution: str = "1") -> Challenge:
    text = ChallengeText("Question ?", proposals, solution, "Parce que.", ("1",), ("2",))
    return Challenge(id="@tube1-a", skill_id="@tube1", type=kind, texts={"fr": text})


def test_choices_keep_their_ranks_but_their_order_depends_on_the_learner():
    qcu = challenge("QCU", "\n".join(f"- Proposition {i}" for i in range(1, 7)))

    orders = {
        tuple(
            c.value for c in ChallengeRead.of(qcu, "fr", "/a", shuffle_seed=str(seed)).choices or []
        )
        for seed in range(20)
    }
    again = ChallengeRead.of(qcu, "fr", "/a", shuffle_seed="7")

    assert all(sorted(order) == ["1", "2", "3", "4", "5", "6"] for order in orders)
    assert len(orders) > 1
    assert again == ChallengeRead.of(qcu, "fr", "/a", shuffle_seed="7")
    label_of = {c.value: c.label_html for c in again.choices or []}
    assert "Proposition 3" in label_of["3"]


def test_inputs_selects_labels_and_placeholders_are_parsed():
    qrocm = challenge(
        "QROCM-ind",
        'Copier : ${copier#Ctrl+…§Raccourci pour copier}\nFormat : ${format options=["PDF","ODT"]}',
        "copier:\n- Ctrl+C\nformat:\n- PDF",
    )

    shown = ChallengeRead.of(qrocm, "fr", "/a")

    kinds = [(s.kind, s.key, s.placeholder, s.label, s.options) for s in shown.segments or []]
    assert kinds == [
        ("text", None, None, None, None),
        ("input", "copier", "Ctrl+…", "Raccourci pour copier", None),
        ("text", None, None, None, None),
        ("select", "format", None, None, ["PDF", "ODT"]),
    ]
    assert "Ctrl+C" not in shown.model_dump_json()


def test_an_option_may_hold_commas_inside_its_quotes():
    qrocm = challenge(
        "QROCM-ind",
        'Étape : ${e1 options=["Ouvrir les Paramètres","Toucher Autorisations, puis Micro", '
        "'Dire « oui, merci »', Rien]}",
    )

    (_, select) = ChallengeRead.of(qrocm, "fr", "/a").segments or []

    assert select.options == [
        "Ouvrir les Paramètres",
        "Toucher Autorisations, puis Micro",
        "Dire « oui, merci »",
        "Rien",
    ]


def test_every_right_answer_of_the_real_content_can_be_picked_in_its_drop_down_lists():
    """A learner can only answer what the lists offer: each reference right answer must be one
    of the options shown (found by the browser tests: an option with commas was cut in three)."""
    from api.content.source import read_source
    from api.settings import ROOT

    missing = []
    for item in read_source(ROOT / "content").content.challenges:
        for locale in item.texts:
            shown = ChallengeRead.of(item, locale, "/a")
            options = {s.key: s.options or [] for s in shown.segments or [] if s.kind == "select"}
            if not options:
                continue
            for right in item.texts[locale].right_answers:
                pairs = (line.split(":", 1) for line in right.splitlines() if ":" in line)
                for key, text in pairs:
                    value = text.strip().strip('"')  # reference answers may quote a value
                    if key.strip() in options and value not in options[key.strip()]:
                        missing.append(f"{item.id} [{locale}] {key.strip()}: {value}")

    assert not missing, "\n".join(missing)
