from typing import List


def max_profit(prices: List[int]) -> int:
    """Return the best profit of one buy followed by one later sell, or 0."""
    pass
