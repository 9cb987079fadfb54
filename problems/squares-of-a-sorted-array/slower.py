from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    """Square everything, then insertion-sort the squares: O(n^2)."""
    squares = [x * x for x in nums]
    for i in range(1, len(squares)):
        value = squares[i]
        j = i - 1
        while j >= 0 and squares[j] > value:
            squares[j + 1] = squares[j]
            j -= 1
        squares[j + 1] = value
    return squares
