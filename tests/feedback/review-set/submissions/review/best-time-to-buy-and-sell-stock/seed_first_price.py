def max_profit(prices):
    lowest = prices[0]
    best = 0
    for price in prices[1:]:
        if price < lowest:
            lowest = price
        elif price - lowest > best:
            best = price - lowest
    return best
