def max_profit(prices):
    lowest = prices[0]
    best = 0
    for p in prices[1:]:
        if p < lowest:
            lowest = p
        else:
            best = max(best, p - lowest)
    return best
