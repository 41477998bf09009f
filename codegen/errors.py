"""The one error codegen raises: what is wrong, and where in which spec."""

from __future__ import annotations


class SpecError(Exception):
    """A spec construct codegen cannot or will not turn into code; ``where`` is ``file#/json/pointer``."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
