from collections import Counter


class Solution:
    def subarraySum(self, nums, k):
        prefixes = [0]
        running = 0
        total = 0
        for x in nums:
            running += x
            total += Counter(prefixes)[running - k]
            prefixes.append(running)
        return total
