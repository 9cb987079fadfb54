from collections import Counter


class Solution:
    def subarraySum(self, nums, k):
        sums = Counter({0: 1})
        cur = 0
        total = 0
        for x in nums:
            cur += x
            total += sums[cur - k]
            sums[cur] += 1
        return total
