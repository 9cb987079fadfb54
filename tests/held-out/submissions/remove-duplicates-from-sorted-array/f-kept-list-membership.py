class Solution:
    def removeDuplicates(self, nums):
        kept = []
        for value in nums:
            if value not in kept:
                kept.append(value)
        return kept
