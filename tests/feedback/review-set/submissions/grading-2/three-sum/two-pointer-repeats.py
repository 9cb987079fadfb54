from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        res = []
        for i in range(len(nums) - 2):
            lo, hi = i + 1, len(nums) - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total == 0:
                    res.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    # skip equal values so the same pair is not added twice
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
                elif total < 0:
                    lo += 1
                else:
                    hi -= 1
        return res
