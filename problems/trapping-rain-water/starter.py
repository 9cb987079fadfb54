def trap(heights: list[int]) -> int:
    """Return how many units of rain water the columns of these heights hold."""
    pass
