/** Waits until `check` holds (polling every `everyMs`), or fails after `ms`: for effects that
 * arrive over a network (pub/sub, reconnects) at a time no test can know. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  ms = 15_000,
  everyMs = 20,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error("condition not met in time");
}
