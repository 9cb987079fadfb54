from typing import List


def max_profit(prices: List[int]) -> int:
    """Return the best profit of one buy followed by one later sell, or 0."""
    best = 0
    cheapest = float("inf")
    for price in prices:
        if price < cheapest:
            cheapest = price
        elif price - cheapest > best:
            best = price - cheapest
    return best
