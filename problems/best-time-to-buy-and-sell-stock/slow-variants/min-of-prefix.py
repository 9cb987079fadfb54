def max_profit(prices):
    """O(n^2): the cheapest earlier day is found again with min() over a fresh slice each day."""
    best = 0
    for i in range(1, len(prices)):
        best = max(best, prices[i] - min(prices[:i]))
    return best
