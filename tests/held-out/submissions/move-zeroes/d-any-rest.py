class Solution:
    def moveZeroes(self, nums: list[int]) -> None:
        insert_at = 0
        for i in range(len(nums)):
            if not any(nums[i:]):
                break
            if nums[i] != 0:
                nums[insert_at], nums[i] = nums[i], nums[insert_at]
                insert_at += 1
