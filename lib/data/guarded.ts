import 'server-only';

/**
 * The DAL's error policy: log the cause, throw a message a reader can act on (error.tsx shows it)
 * that names what could not be loaded, e.g. "the organizations".
 */
export async function guarded<T>(name: string, read: () => Promise<T>, what = 'the dashboard figures'): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    console.error(`${name} failed`, error);
    throw new Error(`Could not load ${what}. Try again in a moment.`);
  }
}

/** redirect() and notFound() throw on purpose; they must pass through untouched. */
function isNextControlFlow(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'digest' in error && String((error as { digest: unknown }).digest).startsWith('NEXT_')
  );
}
