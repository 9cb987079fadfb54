def binary_search(nums, target):
    """O(n): builds a value -> index dictionary of the whole list for a single lookup."""
    positions = {value: i for i, value in enumerate(nums)}
    return positions.get(target, -1)
