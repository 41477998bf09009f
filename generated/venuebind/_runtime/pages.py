"""``walk`` and ``awalk``: every item of a paged list or history endpoint, requesting one page at a time, lazily."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from .errors import ResponseError
from .limits import MAX_PAGES
from .model import Pagination, Request

__all__ = ["awalk", "walk"]

T = TypeVar("T")
R = TypeVar("R")


class _Sends(Protocol):
    def send(self, request: Request[R]) -> R: ...


class _SendsAsync(Protocol):
    def send(self, request: Request[R]) -> Awaitable[R]: ...


def walk(client: _Sends, request: Request[Any]) -> Iterator[Any]:
    """Yield the items of ``request``'s pages in the venue's order, stopping at the venue's end marker.

    The end is a page with no items, a page shorter than the requested limit, a false ``more`` flag, or (cursor
    style) no next cursor.  Nothing is requested until the first item is asked for; stopping the loop stops the walk.

    A venue that ignores the cursor cannot keep the walk going: a page equal to the one before, a cursor sent
    before, or more than the client's ``max_pages`` pages (default ``limits.MAX_PAGES``) raise a ``ResponseError``.
    """
    pages = _Pages(request, getattr(client, "max_pages", MAX_PAGES))
    while True:
        items = pages.read(client.send(pages.request))
        yield from items
        if not pages.advance():
            return


async def awalk(client: _SendsAsync, request: Request[Any]) -> AsyncIterator[Any]:
    """``walk`` for ``AsyncClient``: the same pages, end markers and limits, each page awaited (``async for``)."""
    pages = _Pages(request, getattr(client, "max_pages", MAX_PAGES))
    while True:
        items = pages.read(await client.send(pages.request))
        for item in items:
            yield item
        if not pages.advance():
            return


class _Pages:
    """Where one walk stands: the request for the next page, and what it needs to tell a venue that loops."""

    def __init__(self, request: Request[Any], max_pages: int) -> None:
        pagination = request.operation.pagination
        if pagination is None:
            raise TypeError(f"{request.operation.operation_id} does not page")
        self.pagination = pagination
        self.request = request
        self.max_pages = max_pages
        self.page = 0
        self.positions = {getattr(request, pagination.request)}
        self.previous: Sequence[Any] | None = None
        self.result: Any = None
        self.items: Sequence[Any] = ()

    def read(self, result: Any) -> Sequence[Any]:
        """The items of the page ``result`` answered ``request`` with; a page equal to the one before is refused."""
        self.page += 1
        pagination = self.pagination
        items: Sequence[Any] = (getattr(result, pagination.items) if pagination.items else result) or ()
        if self.previous is not None and items and list(items) == list(self.previous):
            raise _looping(
                self.request, f"page {self.page} is the same page as page {self.page - 1}: the venue ignores the cursor"
            )
        self.result, self.items = result, items
        return items

    def advance(self) -> bool:
        """Move ``request`` to the next page; False at the venue's end marker.  A cursor sent before, or a page
        beyond ``max_pages``, is refused."""
        following = _next_request(self.request, self.pagination, self.result, self.items)
        if following is None:
            return False
        if self.page >= self.max_pages:
            raise _looping(
                self.request, f"more pages than max_pages ({self.max_pages}); raise it with Client(max_pages=...)"
            )
        position = getattr(following, self.pagination.request)
        if position in self.positions:
            raise _looping(self.request, f"the venue sent cursor {position!r} again after page {self.page}")
        self.positions.add(position)
        self.request, self.previous = following, self.items
        return True


def _looping(request: Request[Any], problem: str) -> ResponseError:
    operation = request.operation
    return ResponseError(problem, venue=operation.venue, operation=operation.operation_id, status=200)


def _next_request(
    request: Request[Any], pagination: Pagination, result: Any, items: Sequence[Any]
) -> Request[Any] | None:
    if not items:
        return None
    if pagination.more is not None and getattr(result, pagination.more) is not True:
        return None
    limit = getattr(request, pagination.limit) if pagination.limit else None
    if limit is not None and len(items) < int(limit):
        return None
    current = getattr(request, pagination.request)
    if pagination.style == "offset":
        position: Any = (current or 0) + len(items)
    elif pagination.style == "page":
        position = (current or 1) + 1
    else:
        position = _cursor(pagination, result, items)
        if position is None:
            return None
    next_request: Request[Any] = attrs.evolve(request, **{pagination.request: position})  # type: ignore[misc]
    return next_request


def _cursor(pagination: Pagination, result: Any, items: Sequence[Any]) -> Any:
    assert pagination.next is not None
    if pagination.next.startswith("items[]."):
        return getattr(items[-1], pagination.next.removeprefix("items[]."))
    return getattr(result, pagination.next) or None
