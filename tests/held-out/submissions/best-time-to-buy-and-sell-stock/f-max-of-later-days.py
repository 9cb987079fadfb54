def max_profit(prices):
    best = 0
    for i in range(len(prices) - 1):
        highest_later = max(prices[i + 1:])
        if highest_later - prices[i] > best:
            best = highest_later - prices[i]
    return best
