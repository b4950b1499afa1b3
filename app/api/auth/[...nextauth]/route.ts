import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth 4 types its App Router handler as `any`; this is its actual shape.
type RouteHandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handler = NextAuth(authOptions) as RouteHandler;

export { handler as GET, handler as POST };
