def max_profit(prices):
    lowest = prices[0]
    profit = 0
    for p in prices[1:]:
        if p < lowest:
            lowest = p
        else:
            profit = max(profit, p - lowest)
    return profit
