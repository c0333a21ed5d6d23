import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>There is no screening or page at this address. It may have been mistyped.</p>
      <p>
        <Link href="/screenings" className="text-blue-800 underline">
          Back to the screenings
        </Link>
      </p>
    </div>
  );
}
