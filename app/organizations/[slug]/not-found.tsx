import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Organization not found</h1>
      <p>
        No organization has this address. See <Link href="/organizations">all organizations</Link>.
      </p>
    </>
  );
}
