"""Request instances that once made a property-based test fail, kept so that every run tries them first.

Hypothesis draws other examples on other seeds; an example that found a bug must not depend on being drawn again.
Add each new failure here (by ``<venue>.<operationId>``, as the spec's wire object) when it is fixed.
"""

from __future__ import annotations

from typing import Any

FAILED_BEFORE: dict[str, list[dict[str, Any]]] = {
    # Empty required query and path strings: the spec accepted them until Prism refused them (minLength 1 now).
    "bitget.get_plan_sub_orders": [{"planOrderId": ""}],
    "bitget.get_mix_pending_plan_orders": [{"planType": "", "productType": "USDT-FUTURES"}],
    "bitget.get_isolated_open_orders": [{"symbol": "", "startTime": "1"}],
    "gate.list_spot_price_orders": [{"status": ""}],
    # A path parameter that is a dot segment: sent as it is, a path-normalising server reads another path (Prism).
    "gate.get_spot_price_order": [{"order_id": ""}, {"order_id": "."}, {"order_id": ".."}],
    "gate.cancel_spot_price_order": [{"order_id": ""}, {"order_id": "."}, {"order_id": ".."}],
}
"""Instances that once failed a property or Prism test, by operation: each is tried first on every run."""
