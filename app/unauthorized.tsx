import Link from "next/link";

export default function Unauthorized() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Sign in to continue</h1>
      <p>There is no valid session for this request.</p>
      <p>
        <Link href="/sign-in" className="text-blue-800 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
