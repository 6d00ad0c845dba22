import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Place not found</h1>
      <p>
        No place has this address. Go back to the <Link href="/">dashboard</Link>.
      </p>
    </>
  );
}
