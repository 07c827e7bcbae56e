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
