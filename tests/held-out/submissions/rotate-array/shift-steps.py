class Solution:
    def rotate(self, nums, k):
        n = len(nums)
        if n == 0:
            return
        for _ in range(k % n):
            last = nums[-1]
            for i in range(n - 1, 0, -1):
                nums[i] = nums[i - 1]
            nums[0] = last
