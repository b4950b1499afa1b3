/** Sign-in and sign-up: a narrow column under the shop's header. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">{children}</main>;
}
