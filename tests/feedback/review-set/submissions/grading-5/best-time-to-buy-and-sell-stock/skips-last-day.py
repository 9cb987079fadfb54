def max_profit(prices):
    if len(prices) < 2:
        return 0
    lowest = prices[0]
    best = 0
    for i in range(1, len(prices) - 1):
        price = prices[i]
        if price < lowest:
            lowest = price
        elif price - lowest > best:
            best = price - lowest
    return best
