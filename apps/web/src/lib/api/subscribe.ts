import { useMutation } from '@tanstack/react-query';
import type { SubscribeInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';

/** Follows a panel, meeting or recommendation by email (the public confirm from the email first). */
export const subscribe = (input: SubscribeInput) => apiClient.post(apiPaths.subscriptions(), { schema: 'SubscribeResult', body: input });

export const useSubscribe = () => useMutation({ mutationFn: subscribe });
