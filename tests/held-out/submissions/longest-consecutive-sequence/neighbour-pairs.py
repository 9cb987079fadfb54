class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        longest = current = 1
        for prev, cur in zip(nums, nums[1:]):
            if cur == prev + 1:
                current += 1
            elif cur != prev:
                current = 1
            longest = max(longest, current)
        return longest
