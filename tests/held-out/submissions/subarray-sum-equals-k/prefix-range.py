from typing import List


class Solution:
    def subarray_sum(self, nums: List[int], k: int) -> int:
        prefix = [0] * (len(nums) + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        freq = {prefix[0]: 1}
        ways = 0
        for j in range(1, len(prefix) - 1):
            ways += freq.get(prefix[j] - k, 0)
            freq[prefix[j]] = freq.get(prefix[j], 0) + 1
        return ways
