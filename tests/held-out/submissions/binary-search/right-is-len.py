class Solution:
    def binarySearch(self, nums, target):
        left = 0
        right = len(nums)
        while left <= right:
            middle = left + (right - left) // 2
            if nums[middle] == target:
                return middle
            if nums[middle] < target:
                left = middle + 1
            else:
                right = middle - 1
        return -1
