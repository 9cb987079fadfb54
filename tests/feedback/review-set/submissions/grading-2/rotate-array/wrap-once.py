class Solution:
    def rotate(self, nums, k):
        n = len(nums)
        if k >= n:
            k -= n  # k may be bigger than the list
        if k:
            nums[:] = nums[-k:] + nums[:-k]
