import { redirect } from "next/navigation";

type SearchParams = Record<string, string | string[] | undefined>;

/** The editor's former sign-in page: everybody signs in at /login now (the `next` is kept). */
export default async function EditorLoginPage({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<never> {
  const params = await searchParams;
  redirect(typeof params.next === "string" ? `/login?next=${encodeURIComponent(params.next)}` : "/login?next=%2Feditor");
}
