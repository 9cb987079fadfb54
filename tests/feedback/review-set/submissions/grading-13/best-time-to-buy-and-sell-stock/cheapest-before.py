from typing import List


def max_profit(prices: List[int]) -> int:
    best = 0
    for day in range(1, len(prices)):
        cheapest = min(prices[:day])
        best = max(best, prices[day] - cheapest)
    return best
