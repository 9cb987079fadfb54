def three_sum(nums):
    n = len(nums)
    triplets = set()
    for i in range(n - 2):
        left, right = i + 1, n - 1
        while left < right:
            s = nums[i] + nums[left] + nums[right]
            if s == 0:
                triplets.add(tuple(sorted((nums[i], nums[left], nums[right]))))
                left += 1
                right -= 1
            elif s < 0:
                left += 1
            else:
                right -= 1
    return [list(t) for t in triplets]
