from typing import List


def max_profit(prices: List[int]) -> int:
    if len(prices) < 2:
        return 0
    lowest = prices[0]
    best = prices[1] - prices[0]
    for price in prices[1:]:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
