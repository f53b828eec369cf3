/** Signs out through next-auth; its client (≈13 KB gzipped) loads only when someone signs out. */
export function signOutNow(): void {
  void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/login" }));
}
