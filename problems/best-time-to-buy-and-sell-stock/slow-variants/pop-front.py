def max_profit(prices):
    """O(n^2): consumes the days with list.pop(0), which shifts every remaining day each time."""
    best = 0
    lowest = None
    while prices:
        price = prices.pop(0)
        if lowest is None or price < lowest:
            lowest = price
        best = max(best, price - lowest)
    return best
