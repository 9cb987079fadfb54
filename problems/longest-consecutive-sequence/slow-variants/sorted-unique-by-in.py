def longest_consecutive(nums):
    """O(n^2): removes repeats by checking a growing list with `in` before sorting."""
    unique = []
    for x in nums:
        if x not in unique:
            unique.append(x)
    unique.sort()
    best = 0
    run = 0
    for i, x in enumerate(unique):
        run = run + 1 if i > 0 and x == unique[i - 1] + 1 else 1
        best = max(best, run)
    return best
