'use client';

export default function Error({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <title>The members could not be loaded · Sitrep</title>
      <h1>The members could not be loaded</h1>
      <p>{error.message || 'The member list could not be loaded.'}</p>
      <button type="button" className="button button-secondary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
