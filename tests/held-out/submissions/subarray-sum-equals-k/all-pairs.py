class Solution:
    def subarraySum(self, nums, k):
        count = 0
        for start in range(len(nums)):
            s = 0
            for end in range(start, len(nums)):
                s += nums[end]
                if s == k:
                    count += 1
        return count
