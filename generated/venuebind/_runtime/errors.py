"""The errors venuebind raises.

``VenuebindError`` is the root.  ``ValidationError`` is raised before any I/O when a request breaks its spec.
``VenueError`` and its subclasses carry what a venue answered; ``TransportError`` says a request did not get an
answer and whether it may have reached the venue.
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "ClockError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "VenueError",
    "VenuebindError",
]


class VenuebindError(Exception):
    """Root of every error venuebind raises on purpose."""


class ValidationError(VenuebindError, ValueError):
    """A request value breaks the spec; raised before anything is sent.

    ``path`` is the wire path of the field (``orderList[0].baseSize``), ``argument`` the same path in Python names
    (``order_list[0].base_size``, None where there is none), ``problem`` what is wrong with it and what is allowed.
    The message names both: ``execute_price (executePrice): required when order_type is 'limit'``.
    """

    def __init__(self, path: str, problem: str, *, argument: str | None = None) -> None:
        named = f"{argument} ({path})" if argument and argument != path else path
        super().__init__(f"{named}: {problem}" if named else problem)
        self.path = path
        self.problem = problem
        self.argument = argument

    def within(self, prefix: str) -> ValidationError:
        """The same error, its path placed under ``prefix`` (a parent field or list index).

        The Python name is dropped: the model that knows the whole path names it again (``Model.from_wire``).
        """
        if not self.path or self.path.startswith("["):
            return ValidationError(prefix + self.path, self.problem)
        return ValidationError(f"{prefix}.{self.path}", self.problem)

    def named(self, argument: str | None) -> ValidationError:
        """The same error, naming the Python ``argument`` its wire path stands for."""
        return ValidationError(self.path, self.problem, argument=argument)


class VenueError(VenuebindError):
    """The venue answered, and the answer is an error (or cannot be understood).

    Keeps the venue, the operation, the HTTP status, the venue's own code and message, and the raw body.
    """

    def __init__(
        self,
        message: str,
        *,
        venue: str,
        operation: str,
        status: int,
        code: str | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.venue = venue
        self.operation = operation
        self.status = status
        self.code = code
        self.body = body

    def __str__(self) -> str:
        code = f" code {self.code}" if self.code is not None else ""
        return f"{self.venue} {self.operation}: HTTP {self.status}{code}: {self.message}"


class AuthenticationError(VenueError):
    """The key, passphrase, signature or permissions were refused."""


class ClockError(VenueError):
    """The request's timestamp was outside the venue's window: sync the clock (``Client.sync_time``)."""


class RateLimitError(VenueError):
    """Too many requests.

    ``retry_after`` is the wait in seconds the venue asked for (``Retry-After``), ``reset_at`` the Unix time its
    rate-limit headers say the window resets, when it said either.
    """

    def __init__(
        self,
        message: str,
        *,
        venue: str,
        operation: str,
        status: int,
        code: str | None = None,
        body: bytes = b"",
        retry_after: float | None = None,
        reset_at: float | None = None,
    ) -> None:
        super().__init__(message, venue=venue, operation=operation, status=status, code=code, body=body)
        self.retry_after = retry_after
        self.reset_at = reset_at


class InvalidRequestError(VenueError):
    """The venue refused a parameter, or the order itself (balance, precision, market closed)."""


class NotFoundError(VenueError):
    """The order or resource does not exist (or no longer does)."""


class ServerError(VenueError):
    """The venue failed on its side (5xx or its own busy codes); the request may or may not have taken effect."""


class ResponseError(VenueError):
    """The answer could not be understood: not JSON, truncated, too large, or missing a field the spec requires.

    An answer came, so the request reached the venue (``may_have_reached`` is always True): for an order, find it by
    ``client_id`` (which ``Client.send`` fills in) before sending it again.
    """

    may_have_reached = True

    def __init__(
        self,
        message: str,
        *,
        venue: str,
        operation: str,
        status: int,
        code: str | None = None,
        body: bytes = b"",
        client_id: str | None = None,
    ) -> None:
        super().__init__(message, venue=venue, operation=operation, status=status, code=code, body=body)
        self.client_id = client_id


class TransportError(VenuebindError):
    """No answer arrived: connection refused or dropped, or a timeout.

    ``may_have_reached`` is False only when the request certainly never left (connection refused, DNS); when True,
    an order may have been placed: find it by ``client_id`` before sending it again.
    """

    def __init__(
        self,
        message: str,
        *,
        venue: str,
        operation: str,
        may_have_reached: bool,
        client_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.venue = venue
        self.operation = operation
        self.may_have_reached = may_have_reached
        self.client_id = client_id

    def __str__(self) -> str:
        reached = "may have reached the venue" if self.may_have_reached else "did not reach the venue"
        recover = f"; look it up by client id {self.client_id!r}" if self.client_id and self.may_have_reached else ""
        return f"{self.venue} {self.operation}: {self.message} (the request {reached}{recover})"
