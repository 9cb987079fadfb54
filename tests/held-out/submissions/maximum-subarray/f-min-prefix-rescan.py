def max_subarray(nums):
    prefixes = [0]
    running = 0
    best = None
    for x in nums:
        running += x
        candidate = running - min(prefixes)
        if best is None or candidate > best:
            best = candidate
        prefixes.append(running)
    return best
