/** The URL parameters a page ignored, each with what to use instead; the page itself still renders. */
export function UrlProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="alert alert-warning" role="status">
      {problems.map((problem) => (
        <p key={problem} style={{ margin: 0 }}>
          {problem}
        </p>
      ))}
    </div>
  );
}
