'use client';

export default function Error({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message || 'Something went wrong while loading the reports.'}</p>
      <button type="button" className="button" onClick={reset}>Try again</button>
    </div>
  );
}
