// Binary search, the API tests' workhorse: a correct solution and the classic off-by-one
// (`hi = len(nums) - 2`, the last element is never looked at), which a mutant of the reference
// reproduces.
export const CORRECT_BINARY_SEARCH = `
def binary_search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`;

export const OFF_BY_ONE_BINARY_SEARCH = CORRECT_BINARY_SEARCH.replace('len(nums) - 1', 'len(nums) - 2');
