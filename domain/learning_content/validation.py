"""Rules every content release must pass before learners see it (`pix content check`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from adaptive import yamlish
from adaptive.answers import check, input_blocks, proposal_count
from adaptive.types import AnswerStatus
from adaptive.types import Challenge as EngineChallenge
from domain.learning_content.model import CHALLENGE_TYPES, Challenge, LearningContent

_RAW_HTML = re.compile(r"</?[a-zA-Z!]")
_TUBE_NAME = re.compile(r"^@[A-Za-z]+$")


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def engine_challenge(challenge: Challenge, locale: str) -> EngineChallenge:
    """The answer checker's view of one locale of a challenge."""
    text = challenge.texts[locale]
    return EngineChallenge(
        id=challenge.id,
        skill_id=challenge.skill_id,
        type=challenge.type,
        proposals=text.proposals,
        solution=text.solution,
        timer=challenge.timer,
        focused=challenge.focused,
        treatments=frozenset(challenge.tolerances),
    )


def validate(
    content: LearningContent, *, seed_topics: dict[str, list[str]] | None = None
) -> list[Problem]:
    """Every problem found; an empty list means the release may be published."""
    problems: list[Problem] = []
    problems += _duplicates(content)
    problems += _structure(content)
    for challenge in content.challenges:
        problems += _challenge(challenge, content.assets.__contains__)
    problems += _texts(content)
    problems += _coverage(content, seed_topics or {})
    return problems


def _duplicates(content: LearningContent) -> list[Problem]:
    ids = Counter(
        [t.name for t in content.tubes]
        + [s.id for s in content.skills]
        + [c.id for c in content.challenges]
        + [t.id for t in content.tutorials]
        + [p.id for p in content.target_profiles]
    )
    return [Problem(i, f"id used {n} times") for i, n in ids.items() if n > 1]


def _structure(content: LearningContent) -> list[Problem]:
    problems = []
    for area in content.areas:
        for index in area.competence_indexes:
            if index not in content.competences_by_index:
                problems.append(Problem(f"area {area.code}", f"unknown competence {index}"))
    challenged = {c.skill_id for c in content.challenges}
    for tube in content.tubes:
        if not _TUBE_NAME.match(tube.name):
            problems.append(Problem(tube.name, "tube names are '@' followed by letters"))
        if tube.competence_index not in content.competences_by_index:
            problems.append(Problem(tube.name, f"unknown competence {tube.competence_index}"))
        levels = sorted(
            content.skills_by_id[s].level for s in tube.skill_ids if s in content.skills_by_id
        )
        if levels and levels != list(range(levels[0], levels[-1] + 1)):
            problems.append(Problem(tube.name, f"level gap: {levels}"))
        if len(levels) != len(set(levels)):
            problems.append(Problem(tube.name, "two skills at the same level"))
    for skill in content.skills:
        if skill.id not in challenged:
            problems.append(Problem(skill.id, "skill without challenge"))
        if not skill.tutorial_ids:
            problems.append(Problem(skill.id, "skill without tutorial"))
        for tutorial_id in (*skill.tutorial_ids, *skill.learning_more_tutorial_ids):
            if tutorial_id not in content.tutorials_by_id:
                problems.append(Problem(skill.id, f"dangling tutorial {tutorial_id}"))
        if not 1 <= skill.level <= 8:
            problems.append(Problem(skill.id, "level outside 1..8"))
    for challenge in content.challenges:
        if challenge.skill_id not in content.skills_by_id:
            problems.append(Problem(challenge.id, f"dangling skill {challenge.skill_id}"))
    for profile in content.target_profiles:
        for tube_name in profile.capped_tubes:
            if tube_name not in content.tubes_by_name:
                problems.append(Problem(profile.id, f"dangling tube {tube_name}"))
    return problems


def _challenge(challenge: Challenge, asset_exists: Callable[[str], bool]) -> list[Problem]:
    where = challenge.id
    problems = []
    if challenge.type not in CHALLENGE_TYPES:
        return [Problem(where, f"unknown type {challenge.type!r}")]
    if "fr" not in challenge.texts:
        problems.append(Problem(where, "no French version"))
    if challenge.illustration is not None:
        if not asset_exists(challenge.illustration.file):
            problems.append(Problem(where, f"missing file {challenge.illustration.file}"))
        for locale in challenge.texts:
            if not challenge.illustration.alt.get(locale, "").strip():
                problems.append(Problem(where, f"illustration without alt text ({locale})"))
    for attachment in challenge.attachments:
        if not asset_exists(attachment):
            problems.append(Problem(where, f"missing file {attachment}"))
    for locale, text in challenge.texts.items():
        at = f"{where} [{locale}]"
        if not text.instruction.strip() or not text.explanation.strip():
            problems.append(Problem(at, "instruction and explanation are required"))
        problems += _solution_shape(challenge.type, text.proposals, text.solution, at)
        if not text.right_answers or not text.wrong_answers:
            problems.append(Problem(at, "needs at least one right and one wrong reference answer"))
        problems += _answer_fields(challenge.type, text.proposals, text.right_answers, at)
        engine = engine_challenge(challenge, locale)
        for value in text.right_answers:
            result = check(engine, value)
            if result.result != AnswerStatus.OK:
                problems.append(
                    Problem(
                        at, f"right answer {value!r} refused ({result.reason or result.result})"
                    )
                )
        for value in text.wrong_answers:
            if check(engine, value).result == AnswerStatus.OK:
                problems.append(Problem(at, f"wrong answer {value!r} accepted"))
    return problems


def _solution_shape(kind: str, proposals: str, solution: str, at: str) -> list[Problem]:
    if kind in ("QCU", "QCM"):
        count = proposal_count(proposals)
        ranks = [r.strip() for r in solution.split(",") if r.strip()]
        if not ranks or not all(r.isdigit() and 1 <= int(r) <= count for r in ranks):
            return [Problem(at, f"solution {solution!r} out of the {count} proposals")]
        if kind == "QCU" and len(ranks) != 1:
            return [Problem(at, "a QCU has exactly one right proposal")]
        return []
    blocks = input_blocks(proposals)
    if not blocks:
        return [Problem(at, "no input block ${…} in the proposals")]
    if kind == "QROC" and len(blocks) != 1:
        return [Problem(at, "a QROC has exactly one input block")]
    if kind.startswith("QROCM") and len(blocks) < 2:
        return [Problem(at, "a QROCM has at least two input blocks")]
    if not solution.strip():
        return [Problem(at, "empty solution")]
    return []


def _answer_fields(kind: str, proposals: str, answers: tuple[str, ...], at: str) -> list[Problem]:
    """QROCM reference answers must fill exactly the input blocks of the proposals."""
    if not kind.startswith("QROCM"):
        return []
    blocks = set(input_blocks(proposals))
    problems = []
    for value in answers:
        try:
            parsed = yamlish.parse(value)
        except yamlish.YamlishError:
            problems.append(Problem(at, f"reference answer {value!r} is not a key: value mapping"))
            continue
        keys = set(parsed) if isinstance(parsed, dict) else set()
        if keys != blocks:
            problems.append(
                Problem(at, f"answer fields {sorted(keys)} differ from the blocks {sorted(blocks)}")
            )
    return problems


def _texts(content: LearningContent) -> list[Problem]:
    problems = []

    def scan(where: str, texts: Iterable[str]) -> None:
        for text in texts:
            if _RAW_HTML.search(text):
                problems.append(Problem(where, "raw HTML is not allowed (Markdown only)"))
                return

    for area in content.areas:
        scan(f"area {area.code}", area.title.values())
    for competence in content.competences:
        if "fr" not in competence.name or "fr" not in competence.description:
            problems.append(Problem(competence.index, "missing French text"))
        scan(competence.index, [*competence.name.values(), *competence.description.values()])
    for tube in content.tubes:
        if "fr" not in tube.title:
            problems.append(Problem(tube.name, "missing French title"))
        scan(tube.name, [*tube.title.values(), *tube.description.values()])
    for challenge in content.challenges:
        scan(
            challenge.id,
            [
                part
                for text in challenge.texts.values()
                for part in (text.instruction, text.proposals, text.explanation)
            ],
        )
    for tutorial in content.tutorials:
        if "fr" not in tutorial.title and tutorial.locale.startswith("fr"):
            problems.append(Problem(tutorial.id, "missing French title"))
        if not tutorial.link.startswith("https://"):
            problems.append(Problem(tutorial.id, "links are https:// addresses"))
    return problems


def _coverage(content: LearningContent, seed_topics: dict[str, list[str]]) -> list[Problem]:
    """Every bullet the seeds list for a Pix emploi path is covered by one of its tubes."""
    problems = []
    for profile_id, bullets in seed_topics.items():
        profile = content.profiles_by_id.get(profile_id)
        if profile is None:
            problems.append(Problem(profile_id, "profile missing"))
            continue
        covered = {
            topic
            for tube_name in profile.capped_tubes
            if tube_name in content.tubes_by_name
            for topic in content.tubes_by_name[tube_name].seed_topics
        }
        for bullet in bullets:
            if bullet not in covered:
                problems.append(Problem(profile_id, f"seed topic not covered: {bullet}"))
    return problems
