"""``walk``: every item of a paged list or history endpoint, requesting one page at a time, lazily."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from .errors import ResponseError
from .limits import MAX_PAGES
from .model import Pagination, Request

__all__ = ["walk"]

T = TypeVar("T")
R = TypeVar("R")


class _Sends(Protocol):
    def send(self, request: Request[R]) -> R: ...


def walk(client: _Sends, request: Request[Any]) -> Iterator[Any]:
    """Yield the items of ``request``'s pages in the venue's order, stopping at the venue's end marker.

    The end is a page with no items, a page shorter than the requested limit, a false ``more`` flag, or (cursor
    style) no next cursor.  Nothing is requested until the first item is asked for; stopping the loop stops the walk.

    A venue that ignores the cursor cannot keep the walk going: a page equal to the one before, a cursor sent
    before, or more than the client's ``max_pages`` pages (default ``limits.MAX_PAGES``) raise a ``ResponseError``.
    """
    pagination = request.operation.pagination
    if pagination is None:
        raise TypeError(f"{request.operation.operation_id} does not page")
    max_pages: int = getattr(client, "max_pages", MAX_PAGES)
    positions = {getattr(request, pagination.request)}
    previous: Sequence[Any] | None = None
    for page in range(1, max_pages + 1):
        result = client.send(request)
        items: Sequence[Any] = (getattr(result, pagination.items) if pagination.items else result) or ()
        if previous is not None and items and list(items) == list(previous):
            raise _looping(request, f"page {page} is the same page as page {page - 1}: the venue ignores the cursor")
        yield from items
        following = _next_request(request, pagination, result, items)
        if following is None:
            return
        position = getattr(following, pagination.request)
        if position in positions:
            raise _looping(request, f"the venue sent cursor {position!r} again after page {page}")
        positions.add(position)
        request, previous = following, items
    raise _looping(request, f"more pages than max_pages ({max_pages}); raise it with Client(max_pages=...)")


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
