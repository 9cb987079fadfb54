def max_profit(prices):
    """O(n^2): the best later day is found again with max() over the rest of the list for every buy day."""
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1:]) - prices[i])
    return best
