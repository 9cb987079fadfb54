def frequencies(nums):
    table = {}
    for n in nums:
        table[n] = table.get(n, 0) + 1
    return table


def top_k_frequent(nums, k):
    scored = []
    for value in set(nums):
        scored.append((frequencies(nums)[value], value))
    scored.sort(reverse=True)
    return [value for _, value in scored[:k]]
