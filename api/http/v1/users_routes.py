"""Accounts: sign-up, the current user, password change and reset."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Response

from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.organizations import MembershipList, MembershipRead
from api.http.schemas.users import (
    PasswordChange,
    PasswordReset,
    PasswordResetRequest,
    UserCreate,
    UserRead,
)
from api.mail.senders import deliver_quietly
from domain.organizations.use_cases.list_my_memberships import list_my_memberships
from domain.users.model import Locale
from domain.users.use_cases.accept_orga_terms import accept_orga_terms
from domain.users.use_cases.change_password import change_password
from domain.users.use_cases.get_user import get_user
from domain.users.use_cases.request_password_reset import request_password_reset
from domain.users.use_cases.reset_password import reset_password
from domain.users.use_cases.sign_up import SignUp, sign_up

router = APIRouter(tags=["users"])


@router.post(
    "/users", status_code=201, response_model=UserRead, responses=problem_responses(409, 422)
)
async def create_user(body: UserCreate, container: ContainerDep, uow: UowDep) -> UserRead:
    """Sign up: create a personal account."""
    user = await sign_up(
        SignUp(
            first_name=body.first_name,
            last_name=body.last_name,
            email=body.email,
            password=body.password,
            terms_accepted=body.terms_accepted,
            locale=Locale(body.locale),
        ),
        uow=uow,
        hasher=container.hasher,
        clock=container.clock,
    )
    return UserRead.of(user)


@router.get("/me", response_model=UserRead, responses=problem_responses(401))
async def read_me(claims: CurrentClaims, uow: UowDep) -> UserRead:
    """The signed-in user's account."""
    return UserRead.of(await get_user(claims.user_id, uow=uow))


@router.get("/me/memberships", response_model=MembershipList, responses=problem_responses(401))
async def list_memberships(claims: CurrentClaims, uow: UowDep) -> MembershipList:
    """Organisations the signed-in user belongs to, with the user's role."""
    views = await list_my_memberships(claims.user_id, uow=uow)
    return MembershipList(items=[MembershipRead.of(v) for v in views])


@router.post("/me/orga-terms-acceptance", response_model=UserRead, responses=problem_responses(401))
async def accept_terms(claims: CurrentClaims, container: ContainerDep, uow: UowDep) -> UserRead:
    """Accept Pix Orga's terms of use (once; later calls change nothing)."""
    return UserRead.of(await accept_orga_terms(claims.user_id, uow=uow, clock=container.clock))


@router.put("/me/password", status_code=204, responses=problem_responses(400, 401, 422))
async def update_password(
    body: PasswordChange, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> Response:
    """Change the password; every session of the account is closed."""
    await change_password(
        claims.user_id,
        current_password=body.current_password,
        new_password=body.new_password,
        uow=uow,
        hasher=container.hasher,
        clock=container.clock,
    )
    return Response(status_code=204)


@router.post("/password-reset-requests", status_code=202, responses=problem_responses(422))
async def create_password_reset_request(
    body: PasswordResetRequest,
    background: BackgroundTasks,
    container: ContainerDep,
    uow: UowDep,
) -> Response:
    """Email a reset link if an account uses this address; the answer is the same either way."""
    mail = await request_password_reset(
        email=body.email,
        reset_url=f"{container.settings.public_url.rstrip('/')}/changer-mot-de-passe",
        uow=uow,
        secrets=container.secrets,
        clock=container.clock,
        policy=container.policy,
    )
    if mail is not None:
        # Sent after the response so that its duration does not reveal the account exists.
        background.add_task(deliver_quietly, container.mailer, mail)
    return Response(status_code=202)


@router.post("/password-resets", status_code=204, responses=problem_responses(400, 422))
async def create_password_reset(
    body: PasswordReset, container: ContainerDep, uow: UowDep
) -> Response:
    """Choose a new password with the secret of an emailed link."""
    await reset_password(
        token=body.token,
        new_password=body.new_password,
        uow=uow,
        hasher=container.hasher,
        secrets=container.secrets,
        clock=container.clock,
    )
    return Response(status_code=204)
