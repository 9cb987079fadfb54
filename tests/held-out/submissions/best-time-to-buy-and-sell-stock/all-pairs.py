from typing import List


def max_profit(prices: List[int]) -> int:
    best = 0
    n = len(prices)
    for buy in range(n):
        for sell in range(buy + 1, n):
            if prices[sell] - prices[buy] > best:
                best = prices[sell] - prices[buy]
    return best
