"""FastAPI dependencies: the container and a fresh unit of work per use case.

They are `async def` although they never await: FastAPI runs plain `def` dependencies in its
thread pool, a hop that every request would pay for nothing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.composition import Container
from api.persistence.unit_of_work import SqlUnitOfWork


async def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_uow(container: ContainerDep) -> SqlUnitOfWork:
    return container.uow()


UowDep = Annotated[SqlUnitOfWork, Depends(get_uow)]
