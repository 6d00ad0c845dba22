'use client';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <title>The organization could not be loaded · Sitrep</title>
      <h1>The organization could not be loaded</h1>
      <p>{error.message || 'Something went wrong while reading the figures.'}</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
