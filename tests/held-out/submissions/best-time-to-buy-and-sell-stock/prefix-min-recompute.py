def max_profit(prices):
    best = 0
    for i in range(1, len(prices)):
        cheapest_before = min(prices[:i])
        if prices[i] - cheapest_before > best:
            best = prices[i] - cheapest_before
    return best
