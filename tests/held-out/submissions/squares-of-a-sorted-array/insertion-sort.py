def sorted_squares(nums):
    sq = [x * x for x in nums]
    for i in range(1, len(sq)):
        cur = sq[i]
        j = i - 1
        while j >= 0 and sq[j] > cur:
            sq[j + 1] = sq[j]
            j -= 1
        sq[j + 1] = cur
    return sq
