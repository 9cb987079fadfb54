from typing import List


class Solution:
    def three_sum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        n = len(nums)
        result = []
        for a in range(n - 2):
            if nums[a] > 0:
                break
            if a > 0 and nums[a] == nums[a - 1]:
                continue
            b, c = a + 1, n - 2
            while b < c:
                s = nums[a] + nums[b] + nums[c]
                if s == 0:
                    result.append([nums[a], nums[b], nums[c]])
                    b += 1
                    c -= 1
                    while b < c and nums[b] == nums[b - 1]:
                        b += 1
                elif s < 0:
                    b += 1
                else:
                    c -= 1
        return result
