class Solution:
    def sortedSquares(self, nums):
        if nums[0] >= 0:
            return [x * x for x in nums]
        if nums[-1] <= 0:
            return [x * x for x in reversed(nums)]
        out = []
        l, r = 0, len(nums) - 1
        while l <= r:
            if abs(nums[l]) > abs(nums[r]):
                out.append(nums[l] * nums[l])
                l += 1
            else:
                out.append(nums[r] * nums[r])
                r -= 1
        return out[::-1]
