"""BingX: every model and enum, and the servers. Import them from here.

Each area's own models and enums, which only its operations use, are written in a private module of its own
(``_<area>_models``), the rest in ``_shared_models``: an area's module of endpoint functions builds no class of
another area.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from ._public_models import GetServerTimeRequest as GetServerTimeRequest
from ._public_models import GetServerTimeResponse as GetServerTimeResponse
from ._shared_models import SERVERS as SERVERS
from ._shared_models import Environment as Environment
from ._shared_models import Side as Side
from ._spot_oco_models import CancelOcoOrderRequest as CancelOcoOrderRequest
from ._spot_oco_models import CreateOcoOrderRequest as CreateOcoOrderRequest
from ._spot_oco_models import GetOcoOrderHistoryRequest as GetOcoOrderHistoryRequest
from ._spot_oco_models import GetOcoOrderListRequest as GetOcoOrderListRequest
from ._spot_oco_models import GetOpenOcoOrderListsRequest as GetOpenOcoOrderListsRequest
from ._spot_oco_models import OcoCancelledOrder as OcoCancelledOrder
from ._spot_oco_models import OcoOrderLeg as OcoOrderLeg
from ._spot_oco_models import OcoOrderListLeg as OcoOrderListLeg
from ._spot_oco_models import OcoOrderStatus as OcoOrderStatus
from ._spot_oco_models import OcoOrderType as OcoOrderType
from ._swap_trade_models import BooleanText as BooleanText
from ._swap_trade_models import CancelSwapOrderRequest as CancelSwapOrderRequest
from ._swap_trade_models import CancelSwapOrderResponse as CancelSwapOrderResponse
from ._swap_trade_models import GetSwapOpenOrdersRequest as GetSwapOpenOrdersRequest
from ._swap_trade_models import GetSwapOpenOrdersResponse as GetSwapOpenOrdersResponse
from ._swap_trade_models import GetSwapOrderRequest as GetSwapOrderRequest
from ._swap_trade_models import GetSwapOrderResponse as GetSwapOrderResponse
from ._swap_trade_models import PlaceSwapOrderRequest as PlaceSwapOrderRequest
from ._swap_trade_models import PlaceSwapOrderResponse as PlaceSwapOrderResponse
from ._swap_trade_models import PositionSide as PositionSide
from ._swap_trade_models import StopGuaranteed as StopGuaranteed
from ._swap_trade_models import SwapCancelledOrder as SwapCancelledOrder
from ._swap_trade_models import SwapOpenOrder as SwapOpenOrder
from ._swap_trade_models import SwapOpenOrderType as SwapOpenOrderType
from ._swap_trade_models import SwapOrderDetail as SwapOrderDetail
from ._swap_trade_models import SwapOrderType as SwapOrderType
from ._swap_trade_models import SwapPlacedOrder as SwapPlacedOrder
from ._swap_trade_models import SwapStopLoss as SwapStopLoss
from ._swap_trade_models import SwapStopLossType as SwapStopLossType
from ._swap_trade_models import SwapTakeProfit as SwapTakeProfit
from ._swap_trade_models import SwapTakeProfitType as SwapTakeProfitType
from ._swap_trade_models import SwapTimeInForce as SwapTimeInForce
from ._swap_trade_models import WorkingType as WorkingType
