def remove_duplicates(nums):
    """Compact the distinct values to the front of nums and cut off the rest."""
    write = 1
    last = nums[0]
    for read in range(1, len(nums)):
        if nums[read] != last:
            last = nums[read]
            nums[write] = last
            write += 1
    del nums[write:]
