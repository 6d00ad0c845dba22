import { z } from 'zod';

/** Fewer than this and a feed is polled more often than any agency publishes. */
export const MIN_FEED_INTERVAL_MINUTES = 15;
export const MAX_FEED_INTERVAL_MINUTES = 7 * 24 * 60;

/** The fields of "Subscribe to a feed" on /feeds. */
export const NewFeedSchema = z.object({
  organizationId: z.string().min(1, 'Choose the organization the feed brings reports to.'),
  name: z
    .string()
    .trim()
    .min(1, 'Name the feed, for example "ReliefWeb: Syria updates".')
    .max(200, 'The name is too long (at most 200 characters).'),
  url: z
    .string()
    .trim()
    .max(2000, 'The address is too long.')
    .regex(/^https?:\/\/[^\s]+$/i, 'Enter the feed address, starting with http:// or https://.'),
  intervalMinutes: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Enter the polling interval in whole minutes.')
    .transform(Number)
    .refine(
      (minutes) => minutes >= MIN_FEED_INTERVAL_MINUTES && minutes <= MAX_FEED_INTERVAL_MINUTES,
      `Poll between every ${MIN_FEED_INTERVAL_MINUTES} minutes and once a week (${MAX_FEED_INTERVAL_MINUTES} minutes).`,
    ),
});
