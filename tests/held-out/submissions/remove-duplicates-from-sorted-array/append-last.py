class Solution:
    def removeDuplicates(self, nums):
        out = []
        for i in range(len(nums) - 1):
            # keep an element when the next one is different
            if nums[i] != nums[i + 1]:
                out.append(nums[i])
        out.append(nums[-1])
        return out
