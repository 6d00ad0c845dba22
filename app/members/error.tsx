'use client';

export default function Error({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message || 'The member list could not be loaded.'}</p>
      <button type="button" className="button button-secondary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
