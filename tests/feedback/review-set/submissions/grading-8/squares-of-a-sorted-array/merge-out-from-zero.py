class Solution:
    def sortedSquares(self, nums):
        n = len(nums)
        # find where the non-negative part starts
        split = 0
        for i, x in enumerate(nums):
            if x >= 0:
                split = i
                break

        left, right = split - 1, split
        result = []
        while left >= 0 or right < n:
            if right == n or (left >= 0 and -nums[left] < nums[right]):
                result.append(nums[left] * nums[left])
                left -= 1
            else:
                result.append(nums[right] * nums[right])
                right += 1
        return result
