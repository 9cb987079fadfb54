from typing import List


def max_profit(prices: List[int]) -> int:
    best = 0
    for day in range(1, len(prices)):
        cheapest = min(prices[:day])
        if prices[day] - cheapest > best:
            best = prices[day] - cheapest
    return best
