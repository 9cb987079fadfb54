def max_profit(prices):
    best = 0
    for i in range(1, len(prices)):
        cheapest = min(prices[:i])
        best = max(best, prices[i] - cheapest)
    return best
