def max_profit(prices):
    lowest = prices[0]
    if len(prices) < 2:
        return 0
    best = 0
    for price in prices:
        if price < lowest:
            lowest = price
        elif price - lowest > best:
            best = price - lowest
    return best
