class Solution:
    def maxProfit(self, prices):
        min_price = None
        profit = 0
        for price in prices:
            if not min_price or price < min_price:
                min_price = price
            profit = max(profit, price - min_price)
        return profit
