"""Gate: every model and enum, and the servers. Import them from here.

Each area's own models and enums, which only its operations use, are written in a private module of its own
(``_<area>_models``), the rest in ``_shared_models``: an area's module of endpoint functions builds no class of
another area.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from ._futures_price_orders_models import AutoSize as AutoSize
from ._futures_price_orders_models import CancelAllFuturesPriceOrdersRequest as CancelAllFuturesPriceOrdersRequest
from ._futures_price_orders_models import CancelFuturesPriceOrderRequest as CancelFuturesPriceOrderRequest
from ._futures_price_orders_models import CreateFuturesPriceOrderRequest as CreateFuturesPriceOrderRequest
from ._futures_price_orders_models import CreateFuturesPriceOrderResponse as CreateFuturesPriceOrderResponse
from ._futures_price_orders_models import FinishAs as FinishAs
from ._futures_price_orders_models import FuturesInitialOrder as FuturesInitialOrder
from ._futures_price_orders_models import FuturesInitialOrderState as FuturesInitialOrderState
from ._futures_price_orders_models import FuturesPositionCloseType as FuturesPositionCloseType
from ._futures_price_orders_models import FuturesPriceOrderStatus as FuturesPriceOrderStatus
from ._futures_price_orders_models import FuturesPriceOrderType as FuturesPriceOrderType
from ._futures_price_orders_models import FuturesPriceTrigger as FuturesPriceTrigger
from ._futures_price_orders_models import FuturesPriceTriggeredOrder as FuturesPriceTriggeredOrder
from ._futures_price_orders_models import FuturesPriceTriggerState as FuturesPriceTriggerState
from ._futures_price_orders_models import FuturesTriggerRule as FuturesTriggerRule
from ._futures_price_orders_models import GetFuturesPriceOrderRequest as GetFuturesPriceOrderRequest
from ._futures_price_orders_models import ListFuturesPriceOrdersRequest as ListFuturesPriceOrdersRequest
from ._futures_price_orders_models import PosMarginMode as PosMarginMode
from ._futures_price_orders_models import PriceType as PriceType
from ._futures_price_orders_models import Settle as Settle
from ._futures_price_orders_models import StrategyType as StrategyType
from ._public_models import GetServerTimeRequest as GetServerTimeRequest
from ._public_models import GetServerTimeResponse as GetServerTimeResponse
from ._shared_models import SERVERS as SERVERS
from ._shared_models import Environment as Environment
from ._shared_models import PriceOrderListStatus as PriceOrderListStatus
from ._shared_models import TimeInForce as TimeInForce
from ._spot_price_orders_models import Account as Account
from ._spot_price_orders_models import CancelAllSpotPriceOrdersRequest as CancelAllSpotPriceOrdersRequest
from ._spot_price_orders_models import CancelSpotPriceOrderRequest as CancelSpotPriceOrderRequest
from ._spot_price_orders_models import CreateSpotPriceOrderRequest as CreateSpotPriceOrderRequest
from ._spot_price_orders_models import CreateSpotPriceOrderResponse as CreateSpotPriceOrderResponse
from ._spot_price_orders_models import GetSpotPriceOrderRequest as GetSpotPriceOrderRequest
from ._spot_price_orders_models import ListSpotPriceOrdersRequest as ListSpotPriceOrdersRequest
from ._spot_price_orders_models import OrderType as OrderType
from ._spot_price_orders_models import PriceOrderStatus as PriceOrderStatus
from ._spot_price_orders_models import Side as Side
from ._spot_price_orders_models import SpotPricePutOrder as SpotPricePutOrder
from ._spot_price_orders_models import SpotPricePutState as SpotPricePutState
from ._spot_price_orders_models import SpotPriceTrigger as SpotPriceTrigger
from ._spot_price_orders_models import SpotPriceTriggeredOrder as SpotPriceTriggeredOrder
from ._spot_price_orders_models import SpotPriceTriggerState as SpotPriceTriggerState
from ._spot_price_orders_models import TriggerRule as TriggerRule
