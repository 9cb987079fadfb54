class Solution:
    def maxProfit(self, prices):
        if not prices:
            return 0
        low = prices[0]
        profits = []
        for p in prices[1:]:
            # profit if we sell today, having bought at the cheapest day so far
            profits.append(p - low)
            low = min(low, p)
        return max(0, max(profits))
