class Solution:
    def binary_search(self, nums, target):
        for index, value in enumerate(nums):
            if value == target:
                return index
            if value > target:
                break
        return -1
