from __future__ import annotations

import random
import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.http.markdown import render_challenge_markdown
from domain.learning_content.model import Challenge

_BLOCK = re.compile(r"\$\{([^}]*)\}")
_OPTIONS = re.compile(r"options=\[(.*)\]")
# One option: a double- or single-quoted text (commas allowed inside), or a bare word list item.


class Choice(BaseModel):
    value: str = Field(
        description="What to send back as (part of) the answer: the proposal's rank."
    )
    label_html: str = Field(description="The proposal, rendered from Markdown.")


class Segment(BaseModel):
    kind: Literal["text", "input", "select"] = Field(
        description="Text between inputs, or an input."
    )
    text: str | None = Field(None, description="Text of a text segment.")
    key: str | None = Field(None, description="Input key to use in the answer mapping.")
    label: str | None = Field(None, description="Accessible label of the input.")
    placeholder: str | None = Field(None, description="Placeholder of a text input.")
    options: list[str] | None = Field(None, description="Options of a drop-down.")


class Asset(BaseModel):
    url: str = Field(description="Where to fetch the file.")
    alt: str | None = Field(None, description="Text alternative of an illustration.")


class ChallengeRead(BaseModel):
    """A challenge as the learner sees it: never its solution."""

    id: str = Field(description="Challenge id.")
    type: str = Field(description="QCU, QCM, QROC, QROCM-ind or QROCM-dep.")
    instruction_html: str = Field(description="Instruction rendered from Markdown (safe HTML).")
    choices: list[Choice] | None = Field(None, description="Proposals of a QCU or QCM.")
    segments: list[Segment] | None = Field(None, description="Text and inputs of a QROC(M).")
    timer: int | None = Field(description="Seconds allowed, announced before it starts.")
    focused: bool = Field(description="Leaving the page during this challenge is recorded.")
    illustration: Asset | None = Field(description="Picture to answer from.")
    attachments: list[Asset] = Field(description="Files to download.")

    @classmethod
    def of(
        cls, challenge: Challenge, locale: str, asset_base: str, shuffle_seed: str | None = None
    ) -> ChallengeRead:
        read = _rendered(challenge, locale, asset_base)
        if shuffle_seed is None or read.choices is None:
            return read
        # Each learner sees the proposals in an order of their own (stable on reload), so the
        # position of the right answer tells nothing; values stay the written ranks.
        choices = list(read.choices)
        random.Random(f"{shuffle_seed}:{challenge.id}").shuffle(choices)
        return read.model_copy(update={"choices": choices})


# Rendering Markdown is the costliest part of showing a challenge and depends only on the
# challenge (an object of the release in memory), the locale and the asset address.
_RENDERED: dict[tuple[int, str, str], tuple[Challenge, ChallengeRead]] = {}
_RENDERED_MAX = 8192


def _rendered(challenge: Challenge, locale: str, asset_base: str) -> ChallengeRead:
    key = (id(challenge), locale, asset_base)
    cached = _RENDERED.get(key)
    if cached is not None and cached[0] is challenge:
        return cached[1]
    read = _render(challenge, locale, asset_base)
    if len(_RENDERED) >= _RENDERED_MAX:
        _RENDERED.clear()  # a new release was loaded long ago: start again
    _RENDERED[key] = (challenge, read)
    return read


def _render(challenge: Challenge, locale: str, asset_base: str) -> ChallengeRead:
    text = challenge.texts.get(locale) or challenge.texts["fr"]
    choices = segments = None
    if challenge.type in ("QCU", "QCM"):
        items = [
            line.strip()[2:]
            for line in text.proposals.splitlines()
            if line.strip().startswith("- ")
        ]
        choices = [
            Choice(value=str(i + 1), label_html=render_challenge_markdown(item))
            for i, item in enumerate(items)
        ]
    else:
        segments = _segments(text.proposals)
    return ChallengeRead(
        id=challenge.id,
        type=challenge.type,
        instruction_html=render_challenge_markdown(text.instruction),
        choices=choices,
        segments=segments,
        timer=challenge.timer,
        focused=challenge.focused,
        illustration=Asset(
            url=f"{asset_base}/{challenge.illustration.file}",
            alt=challenge.illustration.alt.get(locale) or challenge.illustration.alt.get("fr"),
        )
        if challenge.illustration
        else None,
        attachments=[Asset(url=f"{asset_base}/{path}") for path in challenge.attachments],
    )


_OPTION = re.compile(r"\s*(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|([^,]+))")


def _option_values(listed: str) -> list[str]:
    """The options of a drop-down: quoted values may hold commas ("1,5 ligne"), bare ones not."""
    return [
        (double or single or bare).strip()
        for double, single, bare in _OPTION.findall(listed)
        if (double or single or bare).strip()
    ]


def _segments(proposals: str) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    for match in _BLOCK.finditer(proposals):
        if match.start() > position:
            segments.append(Segment(kind="text", text=proposals[position : match.start()]))
        body = match.group(1)
        key = re.split(r"[#§}]| options", body, maxsplit=1)[0].strip()
        options = _OPTIONS.search(body)
        placeholder = body.split("#", 1)[1].split("§", 1)[0].strip() if "#" in body else None
        label = body.split("§", 1)[1].split("#", 1)[0].strip() if "§" in body else None
        if options:
            values = _option_values(options.group(1))
            segments.append(Segment(kind="select", key=key, options=values, label=label))
        else:
            segments.append(Segment(kind="input", key=key, placeholder=placeholder, label=label))
        position = match.end()
    if position < len(proposals):
        segments.append(Segment(kind="text", text=proposals[position:]))
    return segments


class NextChallengeRead(BaseModel):
    status: Literal["challenge", "finished"] = Field(
        description="A challenge to answer, or the end."
    )
    assessment_id: int = Field(description="Assessment id.")
    answered_count: int = Field(description="Answers given so far (a checkpoint every 5).")
    challenge: ChallengeRead | None = Field(None, description="The challenge to show.")


class AnswerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    challenge_id: str = Field(max_length=64, description="The challenge being answered.")
    value: str | dict[str, str] = Field(
        description="Rank(s) for QCU/QCM (`2`, `1,3`), text for QROC, a key → text mapping for "
        "QROCM, or `#ABAND#` to skip."
    )
    timed_out: bool = Field(
        False,
        description="The answer came after the timer ran out. The server also decides it from "
        "the recorded start (`timer-start`) and its own clock, with a 5-second grace margin.",
    )
    focused_out: bool = Field(False, description="The learner left the page meanwhile.")


class TimerStartCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    challenge_id: str = Field(max_length=64, description="The timed challenge being shown.")


class TimerStartRead(BaseModel):
    challenge_id: str = Field(description="The timed challenge.")
    started_at: datetime = Field(description="When its timer started (the first start).")
    seconds_left: int = Field(
        description="Seconds left by the server's clock (0: over; an answer now is timed out)."
    )


class AnswerRead(BaseModel):
    id: int = Field(description="Answer id.")
    challenge_id: str = Field(description="The challenge answered.")
    result: str = Field(description="ok, ko, aband, timedout… Only ok is a success.")
    next: NextChallengeRead = Field(
        description="What to show now, as `next-challenge` would answer: no second request."
    )


class AnswerSummary(BaseModel):
    id: int = Field(description="Answer id (to ask for its correction).")
    challenge_id: str = Field(description="The challenge answered.")
    result: str = Field(description="ok, ko, aband, timedout… Only ok is a success.")
    instruction_preview: str = Field(description="The beginning of the instruction, as plain text.")


class AnswerList(BaseModel):
    items: list[AnswerSummary] = Field(description="Answers, oldest first.")


class TutorialRead(BaseModel):
    id: str = Field(description="Tutorial id.")
    title: str = Field(description="Title.")
    source: str = Field(description="Who publishes it.")
    format: str = Field(description="vidéo, page, pdf, son, outil, jeu…")
    duration_minutes: int = Field(description="Approximate duration.")
    link: str = Field(description="Public address of the resource.")


class CorrectionRead(BaseModel):
    """The correction of an answered challenge: solution, explanation and tutorials."""

    answer_id: int = Field(description="Answer id.")
    challenge_id: str = Field(description="Challenge id.")
    result: str = Field(description="The answer's result.")
    instruction_html: str = Field(description="The instruction, rendered.")
    solution_text: list[str] = Field(description="The expected answer, one line per part.")
    explanation_html: str = Field(description="Why, rendered from Markdown.")
    tutorials: list[TutorialRead] = Field(description="Pour réussir la prochaine fois.")
    learning_more_tutorials: list[TutorialRead] = Field(description="Pour en apprendre davantage.")


class ReportCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    challenge_id: str = Field(max_length=64, description="The challenge shown.")
    comment: str = Field(max_length=4000, description="What is wrong (1 to 2 000 characters).")


class ReportRead(BaseModel):
    id: int = Field(description="Report id.")
    assessment_id: int = Field(description="Assessment it happened in.")
    challenge_id: str = Field(description="Challenge reported.")
    comment: str = Field(description="The learner's words.")
    created_at: datetime = Field(description="When it was reported.")


class ReportList(BaseModel):
    items: list[ReportRead] = Field(description="Newest first.")


class CompetenceEvaluationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    competence_index: str = Field(max_length=8, description="Competence to evaluate, e.g. `1.1`.")


class CompetenceEvaluationRead(BaseModel):
    assessment_id: int = Field(description="The test to play with next-challenge and answers.")
    competence_index: str = Field(description="Competence evaluated.")
    resumed: bool = Field(description="True when an evaluation in progress was resumed.")
