class Solution:
    def maxProfit(self, prices: list[int]) -> int:
        answer = 0
        for i in range(len(prices) - 1):
            # best price we could sell at after day i
            highest_later = max(prices[i + 1:])
            answer = max(answer, highest_later - prices[i])
        return answer
