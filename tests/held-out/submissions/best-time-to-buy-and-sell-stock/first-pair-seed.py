def max_profit(prices):
    if len(prices) < 2:
        return 0
    # start from the first possible trade
    best = prices[1] - prices[0]
    low = min(prices[0], prices[1])
    for today in prices[2:]:
        best = max(best, today - low)
        low = min(low, today)
    return best
