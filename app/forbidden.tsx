import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p>Your account’s role does not include it. The attempt has been recorded. Ask an administrator if you need it.</p>
      <p>
        <Link href="/screenings" className="text-blue-800 underline">
          Go to screenings
        </Link>
      </p>
    </div>
  );
}
