class Solution:
    def rotate(self, nums: list, k: int) -> None:
        def rev(i, j):
            while i < j:
                nums[i], nums[j] = nums[j], nums[i]
                i, j = i + 1, j - 1

        n = len(nums)
        if n == 0 or k == 0:
            return
        rev(0, n - 1)
        rev(0, k - 1)
        rev(k, n - 1)
