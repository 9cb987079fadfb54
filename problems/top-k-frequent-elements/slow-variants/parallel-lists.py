def top_k_frequent(nums, k):
    """O(n * distinct): counts in two parallel lists, finding each value's slot with `in` and list.index."""
    values = []
    counts = []
    for x in nums:
        if x in values:
            counts[values.index(x)] += 1
        else:
            values.append(x)
            counts.append(1)
    order = sorted(range(len(values)), key=lambda i: -counts[i])
    return [values[i] for i in order[:k]]
