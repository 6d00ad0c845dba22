'use client';

/** Shown when an entry page fails unexpectedly; what was typed is gone, so say so plainly. */
export function EntryError({ reset }: { reset: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <title>Something went wrong · Sitrep</title>
      <h1>This page could not be shown</h1>
      <p>Something went wrong on our side and this page could not be shown or saved. Nothing half-written was stored.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
