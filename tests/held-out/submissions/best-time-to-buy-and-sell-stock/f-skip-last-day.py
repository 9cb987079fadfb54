class Solution:
    def maxProfit(self, prices):
        best = 0
        low = float("inf")
        for i in range(len(prices) - 1):
            low = min(low, prices[i])
            best = max(best, prices[i] - low)
        return best
