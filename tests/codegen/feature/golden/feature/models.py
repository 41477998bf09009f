"""Feature: every model and enum, and the servers. Import them from here.

Each area's own models and enums, which only its operations use, are written in a private module of its own
(``_<area>_models``), the rest in ``_shared_models``: an area's module of endpoint functions builds no class of
another area.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from ._market_models import Category as Category
from ._market_models import Depth as Depth
from ._market_models import GetTickerRequest as GetTickerRequest
from ._market_models import ListTradesRequest as ListTradesRequest
from ._market_models import Ticker as Ticker
from ._market_models import Trade as Trade
from ._market_models import TradePage as TradePage
from ._orders_models import CancelOrderRequest as CancelOrderRequest
from ._orders_models import CancelOrderResponse as CancelOrderResponse
from ._orders_models import Fill as Fill
from ._orders_models import Leg as Leg
from ._orders_models import LegKind as LegKind
from ._orders_models import LegState as LegState
from ._orders_models import ListFillsRequest as ListFillsRequest
from ._orders_models import ListHistoryRequest as ListHistoryRequest
from ._orders_models import ListOrdersRequest as ListOrdersRequest
from ._orders_models import Order as Order
from ._orders_models import OrderPage as OrderPage
from ._orders_models import OrderStatus as OrderStatus
from ._orders_models import OrderType as OrderType
from ._orders_models import PlaceOrderRequest as PlaceOrderRequest
from ._orders_models import PlaceOrderResponse as PlaceOrderResponse
from ._orders_models import PriceBand as PriceBand
from ._orders_models import PriceSource as PriceSource
from ._orders_models import PriceType as PriceType
from ._orders_models import Side as Side
from ._orders_models import TimeInForce as TimeInForce
from ._orders_models import Trigger as Trigger
from ._orders_models import TriggerRule as TriggerRule
from ._orders_models import TriggerState as TriggerState
from ._shared_models import SERVERS as SERVERS
from ._shared_models import Environment as Environment
