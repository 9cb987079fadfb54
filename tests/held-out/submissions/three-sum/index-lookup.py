from typing import List


def three_sum(nums: List[int]) -> List[List[int]]:
    arr = sorted(nums)
    n = len(arr)
    out = set()
    for i in range(n - 2):
        if i > 0 and arr[i] == arr[i - 1]:
            continue
        for j in range(i + 1, n - 1):
            need = -(arr[i] + arr[j])
            try:
                arr.index(need, j + 1)
            except ValueError:
                continue
            out.add((arr[i], arr[j], need))
    return [list(t) for t in out]
