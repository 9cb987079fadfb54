from typing import List


def max_profit(prices: List[int]) -> int:
    """Try every buy day with every later sell day: O(n^2)."""
    best = 0
    for buy in range(len(prices)):
        for sell in range(buy + 1, len(prices)):
            if prices[sell] - prices[buy] > best:
                best = prices[sell] - prices[buy]
    return best
