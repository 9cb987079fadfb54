def sorted_squares(nums: list[int]) -> list[int]:
    squares = [0] * len(nums)
    for i, value in enumerate(nums):
        squares[i] = value * value
    return squares
