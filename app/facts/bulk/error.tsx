'use client';

import { EntryError } from '@/app/ui/entry/entry-error';

export default function Error({ reset }: { error: Error; reset: () => void }) {
  return <EntryError reset={reset} />;
}
