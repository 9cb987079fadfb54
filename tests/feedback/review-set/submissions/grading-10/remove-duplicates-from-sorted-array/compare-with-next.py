class Solution:
    def removeDuplicates(self, nums: list[int]) -> list[int]:
        result = []
        for i in range(len(nums) - 1):
            if nums[i] != nums[i + 1]:
                result.append(nums[i])
        return result
