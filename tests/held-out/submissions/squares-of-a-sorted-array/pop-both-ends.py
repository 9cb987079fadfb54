from typing import List


class Solution:
    def sorted_squares(self, nums: List[int]) -> List[int]:
        work = list(nums)
        biggest_first = []
        while work:
            if abs(work[0]) > abs(work[-1]):
                v = work.pop(0)
            else:
                v = work.pop()
            biggest_first.append(v * v)
        biggest_first.reverse()
        return biggest_first
