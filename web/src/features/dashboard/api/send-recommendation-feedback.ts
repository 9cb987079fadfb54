import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface RecommendationFeedback {
  slug: string;
  helpful: boolean;
}

export function sendRecommendationFeedback({ slug, helpful }: RecommendationFeedback): Promise<void> {
  return apiRequest<void>(`/api/me/recommendations/${encodeURIComponent(slug)}/feedback`, { method: 'POST', body: { helpful } });
}

export function useSendRecommendationFeedback() {
  return useMutation({ mutationFn: sendRecommendationFeedback });
}
