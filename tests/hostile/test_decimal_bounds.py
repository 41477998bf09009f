"""Item 9: a decimal with absurd digits or exponent is refused before anything formats it.

``Decimal("1E+50000000")`` as a price used to pass and become a 50-million-character body, and
``Decimal("1E+999999999999999999")`` a ``MemoryError``.  Both are ``ValidationError``s now, raised at once and with a
short message, and so is ``offset=10**5000`` (Python cannot even write it as text).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from venuebind import ValidationError, bitget, gate
from venuebind._runtime.check import MAX_DIGITS

PLAN: dict[str, Any] = {
    "symbol": "TRXUSDT",
    "side": "buy",
    "trigger_price": Decimal("0.041572"),
    "order_type": "limit",
    "execute_price": "0.041572",
    "size": "151",
    "trigger_type": "fill_price",
}

HUGE = {
    "1E+50000000": Decimal("1E+50000000"),
    "-1E+50000000": Decimal("-1E+50000000"),
    "1E+999999999999999999": Decimal("1E+999999999999999999"),
    "1E-50000000": Decimal("1E-50000000"),
    "0E-100000000": Decimal("0E-100000000"),
    "0E+100000000": Decimal("0E+100000000"),
    "100000-digit-coefficient": Decimal("1" * 100_000),
    "int-10**5000": 10**5000,
    "str-1e100000": "1" + "0" * 100_000,
    "str-1e-100000": "0." + "0" * 100_000 + "1",
}


@pytest.mark.parametrize("value", HUGE.values(), ids=HUGE.keys())
@pytest.mark.parametrize("field", ["trigger_price", "execute_price", "size"])
def test_absurd_decimals_are_refused_with_a_short_message(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        bitget.models.PlacePlanOrderRequest(**{**PLAN, field: value})
    assert len(str(refused.value)) < 500


def test_a_decimal_at_the_limit_passes_and_one_digit_more_does_not() -> None:
    half = MAX_DIGITS // 2
    widest = Decimal("9" * half + "." + "9" * (MAX_DIGITS - half))
    order: Any = bitget.models.PlacePlanOrderRequest(**{**PLAN, "trigger_price": widest})
    assert f'"triggerPrice":"{widest}"' in order.wire_body()
    wider = [
        Decimal("9" * (half + 1) + "." + "9" * (MAX_DIGITS - half)),
        Decimal("9" * half + "." + "9" * (MAX_DIGITS - half + 1)),
        Decimal(f"1E+{MAX_DIGITS}"),
        Decimal(f"1E-{MAX_DIGITS}"),
    ]
    for value in wider:
        with pytest.raises(ValidationError, match="digits"):
            bitget.models.PlacePlanOrderRequest(**{**PLAN, "trigger_price": value})
    assert MAX_DIGITS >= 309, "every float must still fit: JSON Schema's integral floats (1e300) are integers"


def test_ordinary_venue_precision_is_far_inside_the_limit() -> None:
    order: Any = bitget.models.PlacePlanOrderRequest(
        **{**PLAN, "trigger_price": Decimal("123456789012345678.000000000000000001"), "size": 1e300}
    )
    assert order.trigger_price == Decimal("123456789012345678.000000000000000001")


@pytest.mark.parametrize("value", [10**5000, -(10**5000), 10**MAX_DIGITS], ids=["1e5000", "-1e5000", "limit"])
def test_an_integer_python_cannot_write_is_refused_at_build(value: int) -> None:
    with pytest.raises(ValidationError, match="offset"):
        gate.models.ListSpotPriceOrdersRequest(status="open", offset=value)


def test_an_integer_as_large_as_a_float_still_passes() -> None:
    request: Any = gate.models.ListSpotPriceOrdersRequest(status="open", offset=1e300)
    assert dict(request.wire_query())["offset"] == str(int(1e300))
    assert gate.prepare(request, gate.Credentials(api_key="k" * 32, secret_key="s" * 32), timestamp_ms=1).url
