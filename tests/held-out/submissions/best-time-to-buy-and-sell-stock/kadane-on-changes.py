class Solution:
    def maxProfit(self, prices):
        # Kadane over the day-to-day price changes
        best = current = 0
        for i in range(1, len(prices)):
            current = max(0, current + prices[i] - prices[i - 1])
            best = max(best, current)
        return best
