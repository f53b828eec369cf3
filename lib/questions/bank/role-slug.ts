/** "DevOps / SRE" → "devops-sre": a role's file name and the prefix of its question keys. */
export function roleSlug(role: string): string {
  return role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
