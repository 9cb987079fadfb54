def max_subarray(nums):
    endings = []
    for x in nums:
        prev = endings[-1] if endings else 0
        endings.append(max(x, prev + x))
        best = max(endings)
    return best
