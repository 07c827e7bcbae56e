from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.campaigns.errors import CampaignCodeExhaustedError
from domain.campaigns.model import Campaign, CampaignType
from domain.campaigns.use_cases.create_campaign import NewCampaign, create_campaign
from domain.organizations.model import Membership, MembershipRole
from tests.fakes import FakeClock, FakeUnitOfWork, ScriptedRandom


class NoContent:
    def current(self) -> None:
        return None


def world() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.committed_store.memberships[1] = Membership(
        1, organization_id=7, user_id=3, role=MembershipRole.MEMBER, created_at=datetime.now(UTC)
    )
    return uow


def existing(code: str) -> Campaign:
    return Campaign(
        id=None,
        code=code,
        organization_id=7,
        name="Old",
        type=CampaignType.PROFILES_COLLECTION,
        creator_id=3,
        owner_id=3,
        created_at=datetime.now(UTC),
    )


async def test_a_drawn_code_already_in_use_is_drawn_again():
    uow = world()
    await uow.campaigns.add(existing("BBBBBB222"))

    campaign = await create_campaign(
        NewCampaign(organization_id=7, name="Collecte", type=CampaignType.PROFILES_COLLECTION),
        requested_by=3,
        uow=uow,
        content=NoContent(),
        clock=FakeClock(),
        random=ScriptedRandom("BBBBBB222" + "CDFGHJ346"),
    )

    assert campaign.code == "CDFGHJ346"


async def test_it_gives_up_after_twenty_collisions():
    uow = world()
    await uow.campaigns.add(existing("BBBBBB222"))

    with pytest.raises(CampaignCodeExhaustedError):
        await create_campaign(
            NewCampaign(organization_id=7, name="Collecte", type=CampaignType.PROFILES_COLLECTION),
            requested_by=3,
            uow=uow,
            content=NoContent(),
            clock=FakeClock(),
            random=ScriptedRandom("BBBBBB222" * 20),
        )
