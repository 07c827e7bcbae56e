"""Version 1 of the public HTTP API, mounted under /api/v1."""

from fastapi import APIRouter

from api.http.v1 import (
    auth_routes,
    campaigns_routes,
    content_routes,
    learning_routes,
    organizations_routes,
    participations_routes,
    system_routes,
    team_routes,
    tutorials_routes,
    users_routes,
)

router = APIRouter(prefix="/api/v1")
for module in (
    auth_routes,
    users_routes,
    organizations_routes,
    team_routes,
    campaigns_routes,
    participations_routes,
    learning_routes,
    tutorials_routes,
    content_routes,
    system_routes,
):
    router.include_router(module.router)
