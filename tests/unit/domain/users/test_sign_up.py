from __future__ import annotations

import pytest

from domain.shared.errors import InvalidInputError
from domain.users.errors import EmailAlreadyUsedError
from domain.users.model import password_is_strong
from domain.users.use_cases.sign_up import SignUp, sign_up
from tests.fakes import FakeClock, FakeHasher, FakeUnitOfWork


@pytest.mark.parametrize(
    ("password", "strong"),
    [
        ("Abcdefg1", True),
        ("Abcdef1", False),  # 7 characters
        ("abcdefg1", False),
        ("ABCDEFG1", False),
        ("Abcdefgh", False),
        ("Éléphant9", True),
    ],
)
def test_password_rule(password: str, strong: bool):
    assert password_is_strong(password) is strong


class TestSignUp:
    async def test_a_refusal_writes_nothing(self):
        uow = FakeUnitOfWork()

        with pytest.raises(InvalidInputError) as refused:
            await sign_up(
                SignUp("Léa", "Martin", "lea@example.org", "weak", False),
                uow=uow,
                hasher=FakeHasher(),
                clock=FakeClock(),
            )

        assert {e.code for e in refused.value.errors} == {"WEAK_PASSWORD", "TERMS_NOT_ACCEPTED"}
        assert uow.commits == 0 and not uow.committed_store.users

    async def test_emails_collide_whatever_their_case(self):
        uow, hasher, clock = FakeUnitOfWork(), FakeHasher(), FakeClock()
        await sign_up(
            SignUp("A", "B", "Lea@Example.org", "Good-Pass1", True),
            uow=uow,
            hasher=hasher,
            clock=clock,
        )

        with pytest.raises(EmailAlreadyUsedError):
            await sign_up(
                SignUp("C", "D", "lea@EXAMPLE.org", "Good-Pass1", True),
                uow=uow,
                hasher=hasher,
                clock=clock,
            )

        (user,) = uow.committed_store.users.values()
        assert user.email == "lea@example.org"
        assert user.terms_accepted_at == clock.now()
        assert user.password_hash == "hashed:Good-Pass1"
