def longest_consecutive(nums):
    ordered = sorted(set(nums))
    best = current = 1
    for i in range(1, len(ordered)):
        if ordered[i] == ordered[i - 1] + 1:
            current += 1
            best = max(best, current)
        else:
            current = 1
    return best
