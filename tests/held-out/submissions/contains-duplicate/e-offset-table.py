OFFSET = 100_000


def contains_duplicate(nums):
    """Mark each value in a flag table; a value marked twice is a repeat."""
    marked = bytearray(2 * OFFSET + 1)
    for value in nums:
        slot = value + OFFSET
        if marked[slot]:
            return True
        marked[slot] = 1
    return False
