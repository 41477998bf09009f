"""``walk`` and ``awalk``: every item of a paged list or history endpoint, requesting one page at a time, lazily."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

import attrs

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
    """
    pagination = _pagination(request)
    while True:
        result = client.send(request)
        items = _items(pagination, result)
        yield from items
        following = _next_request(request, pagination, result, items)
        if following is None:
            return
        request = following


async def awalk(client: _SendsAsync, request: Request[Any]) -> AsyncIterator[Any]:
    """``walk`` for ``AsyncClient``: the same pages and end markers, each page awaited (``async for``)."""
    pagination = _pagination(request)
    while True:
        result = await client.send(request)
        items = _items(pagination, result)
        for item in items:
            yield item
        following = _next_request(request, pagination, result, items)
        if following is None:
            return
        request = following


def _pagination(request: Request[Any]) -> Pagination:
    pagination = request.operation.pagination
    if pagination is None:
        raise TypeError(f"{request.operation.operation_id} does not page")
    return pagination


def _items(pagination: Pagination, result: Any) -> Sequence[Any]:
    items: Sequence[Any] = (getattr(result, pagination.items) if pagination.items else result) or ()
    return items


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
        if position is None or position == current:
            return None
    next_request: Request[Any] = attrs.evolve(request, **{pagination.request: position})  # type: ignore[misc]
    return next_request


def _cursor(pagination: Pagination, result: Any, items: Sequence[Any]) -> Any:
    assert pagination.next is not None
    if pagination.next.startswith("items[]."):
        return getattr(items[-1], pagination.next.removeprefix("items[]."))
    return getattr(result, pagination.next) or None
