'use client';

/** Shown when the dashboard's figures cannot be read; the message comes from lib/data (user-safe). */
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <title>The figures could not be loaded · Sitrep</title>
      <h1>The figures could not be loaded</h1>
      <p>{error.message || 'Something went wrong while reading the figures.'} Nothing you entered was lost.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
