def max_profit(prices):
    """Best profit from one buy and one later sell, or 0."""
    best = 0
    lowest = prices[0]
    for day in range(1, len(prices)):
        price = prices[day]
        if price < lowest:
            lowest = price
        else:
            best = max(best, price - lowest)
    return best
