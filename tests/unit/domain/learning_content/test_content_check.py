"""The content checker on a small hand-built content (tests/fixtures/content_mini)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from api.content.catalog import check_release, check_source, summary
from api.content.release import from_release, to_release

MINI = Path(__file__).parents[3] / "fixtures" / "content_mini"


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(MINI, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in check_source(folder).problems]


def test_the_mini_content_is_clean_and_counted(content_dir: Path):
    checked = check_source(content_dir)

    assert checked.problems == []
    counts = summary(checked.content)
    assert (counts["tubes"], counts["skills"], counts["challenges"]) == (2, 3, 3)
    assert counts["target_profiles"] == {
        "essai-diagnostic": {"tubes": 1, "skills": 1},
        "essai-clea": {"tubes": 2, "skills": 3},
    }


def test_pix_values_share_8_pix_per_competence_level_at_most_4(content_dir: Path):
    skills = check_source(content_dir).content.skills_by_id

    # Two skills at level 1 share 8 pix; a lone level-2 skill is capped at 4.
    assert skills["@essaiCorbeille1"].pix_value == 4.0
    assert skills["@essaiCopie1"].pix_value == 4.0
    assert skills["@essaiCorbeille2"].pix_value == 4.0


def test_a_right_reference_answer_refused_by_the_checker_is_reported(content_dir: Path):
    edit(
        content_dir / "competences/9.1.yaml",
        'right: ["Corbeille", "la Corbeile"]',
        'right: ["Bureau"]',
    )

    assert any("right answer 'Bureau' refused" in p for p in problems_of(content_dir))


def test_a_wrong_reference_answer_that_passes_is_reported(content_dir: Path):
    edit(content_dir / "competences/9.1.yaml", "tolerances: [t1, t2]", "tolerances: [t1, t2, t3]")

    # "ctrlv" is one typo away from "ctrlc": with t3 the swapped answer would be accepted.
    assert any("wrong answer" in p and "accepted" in p for p in problems_of(content_dir))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('solution: "1"', 'solution: "3"', "out of the 2 proposals"),
        ("- level: 2", "- level: 3", "level gap"),
        (
            "tutorials: [tuto-91-copier]",
            "tutorials: [tuto-inconnu]",
            "dangling tutorial tuto-inconnu",
        ),
        (
            'alt: {fr: "Une icône", en: "An icon"}',
            'alt: {fr: "Une icône"}',
            "without alt text (en)",
        ),
        ("Où va un fichier supprimé ?", "Où va un <b>fichier</b> ?", "raw HTML"),
        (
            '"Supprimer un fichier"]',
            '"Autre chose"]',
            "seed topic not covered: Supprimer un fichier",
        ),
        ("file: assets/9.1/icone.svg", "file: assets/9.1/absent.svg", "missing file"),
        ('right: ["copier: Ctrl+C', 'right: ["copie: Ctrl+C', "differ from the blocks"),
        ("Où va un fichier supprimé ?", "Est-ce que 2 < 3 ?", None),
        ('id: "@essaiCopie1-a"', 'id: "@essaiCorbeille1-a"', "id used 2 times"),
        ('solution: "copier:\\n- Ctrl+C', 'solution: "copier: [Ctrl+C\\n- Ctrl+C', "solution"),
    ],
)
def test_each_rule_names_the_problem(content_dir: Path, old: str, new: str, expected: str | None):
    edit(content_dir / "competences/9.1.yaml", old, new)

    if expected is None:  # a comparison sign is not HTML
        assert problems_of(content_dir) == []
    else:
        assert any(expected in p for p in problems_of(content_dir)), problems_of(content_dir)


def test_a_skill_without_challenge_or_tutorial_is_reported(content_dir: Path):
    edit(
        content_dir / "competences/9.1.yaml",
        "tutorials:\n  - id: tuto-91-corbeille",
        '  - name: "@essaiVide"\n    title: {fr: Vide}\n    description: {fr: Vide}\n    skills:\n      - level: 1\ntutorials:\n  - id: tuto-91-corbeille',
    )

    problems = problems_of(content_dir)
    assert "@essaiVide1: skill without challenge" in problems
    assert "@essaiVide1: skill without tutorial" in problems


def test_release_round_trip_keeps_everything_and_the_id_is_a_content_hash(content_dir: Path):
    checked = check_source(content_dir)
    again = to_release(from_release(checked.release))

    assert again == checked.release
    content, problems = check_release(checked.release)
    assert problems == [] and content is not None
    tampered = {**checked.release, "release_id": "0" * 16}
    assert check_release(tampered)[0] is None
    assert check_release({"format": 1})[1][0].message.startswith("malformed")
