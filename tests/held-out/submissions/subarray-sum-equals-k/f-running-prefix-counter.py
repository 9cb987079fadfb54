from collections import Counter


class Solution:
    def subarraySum(self, nums: list[int], k: int) -> int:
        seen = Counter({0: 1})
        running = answer = 0
        for value in nums:
            running += value
            answer += seen[running - k]
            seen[running] += 1
        return answer
