def max_profit(prices):
    min_so_far = float("inf")
    profit = 0
    for p in prices:
        min_so_far = min(min_so_far, p)
        profit = max(profit, p - min_so_far)
    return profit
