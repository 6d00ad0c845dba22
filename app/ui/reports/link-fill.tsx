'use client';

import { useTransition, type RefObject } from 'react';
import { fillFromLink, type LinkFill } from '@/lib/actions/reports';

type Props = { urlInput: RefObject<HTMLInputElement | null>; onFilled: (fill: LinkFill) => void };

/** The button beside "Web address": asks the server to read the page and fill the form with it. */
export function LinkFillButton({ urlInput, onFilled }: Props) {
  const [isPending, startTransition] = useTransition();
  const fill = () => startTransition(async () => onFilled(await fillFromLink(urlInput.current?.value ?? '')));
  return (
    <button type="button" className="button button-secondary" onClick={fill} disabled={isPending} aria-describedby="url-hint">
      {isPending ? 'Reading the page…' : 'Fill from this address'}
    </button>
  );
}

/** What the editor is told after a fill: what came from the page, and what they must add. */
export function fillMessage(fill: LinkFill): { tone: 'ok' | 'error'; text: string } {
  if (!fill.ok) return { tone: 'error', text: `The page could not be read: ${fill.message}` };
  const read = 'The form was filled from the page. Check every field before reading the figures.';
  return {
    tone: 'ok',
    text: fill.missing.length
      ? `${read} Not found on the page: ${fill.missing.join(', ')}; enter ${fill.missing.length > 1 ? 'them' : 'it'} yourself.`
      : read,
  };
}
