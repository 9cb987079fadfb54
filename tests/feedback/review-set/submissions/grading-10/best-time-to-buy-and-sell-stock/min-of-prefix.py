def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(1, len(prices)):
        lowest = min(prices[:i])
        if prices[i] - lowest > best:
            best = prices[i] - lowest
    return best
