from collections import Counter


def top_k_frequent(nums, k):
    ranking = Counter(nums).most_common()
    answer = []
    for i in range(k):
        answer.append(ranking[i][0])
    return answer
