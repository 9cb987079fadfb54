class Solution:
    def rotate(self, nums, k):
        n = len(nums)
        if n < 2:
            return

        def flip(lo, hi):
            while lo < hi:
                nums[lo], nums[hi] = nums[hi], nums[lo]
                lo += 1
                hi -= 1

        flip(0, n - 1)
        flip(0, k - 1)
        flip(k, n - 1)
