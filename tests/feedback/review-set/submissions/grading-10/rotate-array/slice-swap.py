class Solution:
    def rotate(self, nums: list[int], k: int) -> None:
        if not nums or k == 0:
            return
        nums[:] = nums[-k:] + nums[:-k]
