class Solution:
    def maxProfit(self, prices):
        best = 0
        for day in range(1, len(prices)):
            cheapest = min(prices[:day])
            if prices[day] - cheapest > best:
                best = prices[day] - cheapest
        return best
