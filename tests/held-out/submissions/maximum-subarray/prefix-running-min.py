from typing import List


class Solution:
    def maxSubarray(self, nums: List[int]) -> int:
        prefix = 0
        smallest = 0
        answer = float("-inf")
        for value in nums:
            prefix += value
            answer = max(answer, prefix - smallest)
            smallest = min(smallest, prefix)
        return answer
