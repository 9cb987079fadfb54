class Solution:
    def search_rotated(self, nums, target):
        for i, value in enumerate(nums):
            if value == target:
                return i
        return -1
