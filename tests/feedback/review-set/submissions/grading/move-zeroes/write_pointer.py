class Solution:
    def moveZeroes(self, nums):
        write = 0
        for read in range(len(nums) - 1):
            if nums[read] != 0:
                nums[write] = nums[read]
                write += 1
        for i in range(write, len(nums)):
            nums[i] = 0
