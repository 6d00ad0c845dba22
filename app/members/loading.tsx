export default function Loading() {
  return (
    <>
      <h1>Members</h1>
      <div className="skeleton" style={{ height: 240 }} aria-label="Loading members" />
    </>
  );
}
