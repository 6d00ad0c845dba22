'use client';

export default function Error({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <title>The reports could not be loaded · Sitrep</title>
      <h1>The reports could not be loaded</h1>
      <p>{error.message || 'Something went wrong while loading the reports.'}</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
