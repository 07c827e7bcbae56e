from datetime import date

import pytest

from domain.campaigns.model import DayActivity
from domain.campaigns.use_cases.campaign_activity import band_index, every_day, stage_rank
from domain.learning_content.model import Stage


def stage(threshold: int) -> Stage:
    words = {"fr": f"{threshold} %"}
    return Stage(threshold, words, words, words, words)


@pytest.mark.parametrize(
    ("rate", "validated", "rank"),
    [(0.0, 0, 1), (0.3, 0, 1), (0.3, 2, 2), (0.5, 3, 3), (1.0, 6, 3)],
)
def test_the_stage_is_the_highest_threshold_reached_once_a_skill_is_won(rate, validated, rank):
    assert stage_rank((stage(0), stage(25), stage(50)), rate, validated) == rank


@pytest.mark.parametrize(
    ("rate", "band"), [(0.0, 0), (0.2, 0), (0.21, 1), (0.5, 1), (0.51, 2), (0.8, 2), (0.81, 3)]
)
def test_mastery_bands_follow_the_stars_of_orga(rate, band):
    assert band_index(rate) == band


def test_quiet_days_between_two_active_ones_are_filled_with_zeros():
    days = [DayActivity(date(2026, 3, 30), 2, 0), DayActivity(date(2026, 4, 2), 1, 3)]

    assert every_day(days) == [
        DayActivity(date(2026, 3, 30), 2, 0),
        DayActivity(date(2026, 3, 31), 0, 0),
        DayActivity(date(2026, 4, 1), 0, 0),
        DayActivity(date(2026, 4, 2), 1, 3),
    ]
    assert every_day([]) == []
