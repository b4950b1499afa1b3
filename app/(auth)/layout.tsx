import Link from "next/link";
import { env } from "@/lib/env";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col gap-6 px-4 py-10">
      <Link href="/" className="text-lg font-semibold text-brand-800">
        {env.merchant.name}
      </Link>
      <main>{children}</main>
    </div>
  );
}
