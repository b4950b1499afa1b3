import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** The back-office header: where you are, the sections, and sign-out. */
export function AdminNav({ userName }: { userName: string }) {
  return (
    <div className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-semibold text-brand-800">
          Back-office
        </Link>
        <nav aria-label="Back-office" className="flex gap-4 text-sm">
          <Link href="/admin" className="underline-offset-4 hover:underline">
            Commandes
          </Link>
          <Link href="/admin/courriels" className="underline-offset-4 hover:underline">
            Courriels
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm text-stone-600">
          <span>{userName}</span>
          <SignOutButton />
        </div>
      </div>
    </div>
  );
}
