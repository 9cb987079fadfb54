def two_sum(nums: list[int], target: int) -> list[int]:
    seen = []
    for i, x in enumerate(nums):
        complement = target - x
        if complement in seen:
            return [seen.index(complement), i]
        seen.append(x)
    return []
