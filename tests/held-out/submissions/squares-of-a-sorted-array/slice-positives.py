def sorted_squares(nums):
    neg = [x for x in nums if x < 0]
    pos = [x for x in nums if x >= 0]
    out = []
    while neg or pos:
        if neg and (not pos or -neg[-1] < pos[0]):
            out.append(neg.pop() ** 2)
        else:
            out.append(pos[0] ** 2)
            pos = pos[1:]
    return out
