def max_profit(prices):
    history = []
    best = 0
    for price in prices:
        if history:
            best = max(best, price - history[0])
        history.append(price)
        history.sort()
    return best
