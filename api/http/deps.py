"""FastAPI dependencies: the container and a fresh unit of work per use case.

They are `async def` although they never await: FastAPI runs plain `def` dependencies in its
thread pool, a hop that every request would pay for nothing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from api.composition import Container
from api.persistence.unit_of_work import SqlUnitOfWork


async def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_uow(container: ContainerDep) -> SqlUnitOfWork:
    return container.uow()


UowDep = Annotated[SqlUnitOfWork, Depends(get_uow)]


# Identifiers and page numbers the databases can hold: a larger one is a 422, never an integer
# overflow in the driver (a 500).
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
MAX_PAGE = 1_000_000
