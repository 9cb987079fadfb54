def longest_consecutive(nums):
    unique = []
    for v in sorted(nums):
        if v not in unique:
            unique.append(v)
    best = 0
    run = 0
    for i, v in enumerate(unique):
        if i > 0 and v == unique[i - 1] + 1:
            run += 1
        else:
            run = 1
        best = max(best, run)
    return best
