class Solution:
    def containsDuplicate(self, nums):
        for i in range(1, len(nums)):
            ordered = sorted(nums)
            if ordered[i] == ordered[i - 1]:
                return True
        return False
