from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.database import violates
from api.persistence.tables import campaigns, organizations
from domain.campaigns.errors import CampaignCodeExhaustedError
from domain.campaigns.model import Campaign, CampaignToJoin, CampaignType, ExternalIdType

_FIELDS = (
    "code",
    "organization_id",
    "name",
    "creator_id",
    "owner_id",
    "created_at",
    "target_profile_id",
    "competence_index",
    "title",
    "landing_text",
    "external_id_label",
    "multiple_sendings",
    "archived_at",
    "archived_by",
    "deleted_at",
)


def _campaign(row: Any) -> Campaign:
    return Campaign(
        id=row.id,
        type=CampaignType(row.type),
        external_id_type=ExternalIdType(row.external_id_type) if row.external_id_type else None,
        **{name: getattr(row, name) for name in _FIELDS},
    )


class SqlCampaignRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, campaign: Campaign) -> Campaign:
        values = {name: getattr(campaign, name) for name in _FIELDS}
        values["type"] = campaign.type.value
        values["external_id_type"] = (
            campaign.external_id_type.value if campaign.external_id_type else None
        )
        try:
            result = await self._db.execute(
                insert(campaigns).values(**values).returning(campaigns.c.id)
            )
        except IntegrityError as error:
            if violates(error, "uq_campaigns_code", "campaigns.code"):
                raise CampaignCodeExhaustedError() from error
            raise
        return Campaign(**{**campaign.__dict__, "id": result.scalar_one()})

    async def code_exists(self, code: str) -> bool:
        found = await self._db.execute(select(campaigns.c.id).where(campaigns.c.code == code))
        return found.first() is not None

    async def get(self, campaign_id: int) -> Campaign | None:
        row = (
            await self._db.execute(select(campaigns).where(campaigns.c.id == campaign_id))
        ).first()
        return _campaign(row) if row else None

    async def get_to_join(self, code: str) -> CampaignToJoin | None:
        row = (
            await self._db.execute(
                select(
                    campaigns,
                    organizations.c.name.label("organization_name"),
                    organizations.c.type.label("organization_type"),
                )
                .join(organizations, organizations.c.id == campaigns.c.organization_id)
                .where(campaigns.c.code == code)
            )
        ).first()
        if row is None:
            return None
        return CampaignToJoin(
            campaign=_campaign(row),
            organization_name=row.organization_name,
            organization_type=row.organization_type,
        )
