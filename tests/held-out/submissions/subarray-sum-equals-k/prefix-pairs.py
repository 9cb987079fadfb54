from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    prefix = [0]
    for v in nums:
        prefix.append(prefix[-1] + v)
    answer = 0
    for j in range(1, len(prefix)):
        for i in range(j):
            if prefix[j] - prefix[i] == k:
                answer += 1
    return answer
