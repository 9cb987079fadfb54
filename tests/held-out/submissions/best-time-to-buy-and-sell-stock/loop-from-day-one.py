def max_profit(prices):
    if not prices:
        return 0
    cheapest = prices[0]
    best = 0
    for day in range(1, len(prices) - 1):
        cheapest = min(cheapest, prices[day])
        best = max(best, prices[day] - cheapest)
    return best
