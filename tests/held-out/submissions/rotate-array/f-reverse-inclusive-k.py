class Solution:
    def rotate(self, nums, k):
        n = len(nums)
        if n == 0:
            return
        k %= n

        def flip(lo, hi):
            while lo < hi:
                nums[lo], nums[hi] = nums[hi], nums[lo]
                lo += 1
                hi -= 1

        flip(0, n - 1)
        flip(0, k)
        flip(k + 1, n - 1)
