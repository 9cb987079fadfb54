def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    answer = []
    for i in range(n - 3):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        l, r = i + 1, n - 1
        while l < r:
            t = nums[i] + nums[l] + nums[r]
            if t < 0:
                l += 1
            elif t > 0:
                r -= 1
            else:
                answer.append([nums[i], nums[l], nums[r]])
                l += 1
                r -= 1
                while l < r and nums[l] == nums[l - 1]:
                    l += 1
    return answer
