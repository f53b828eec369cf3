/** `<dir> [--seed N] [--count N]`, shared by the fixture writer and the bench. */
export function parseFixtureArgs(
  argv: readonly string[],
  command: string,
): { dir: string; seed: number; count: number } {
  const args = [...argv];
  let dir: string | null = null;
  let seed = 1;
  let count = 36;
  while (args.length) {
    const a = args.shift()!;
    if (a === "--seed") seed = Number(args.shift());
    else if (a === "--count") count = Number(args.shift());
    else if (!dir) dir = a;
  }
  if (!dir || !Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    throw new Error(`usage: ${command} <dir> [--seed N] [--count N]`);
  }
  return { dir, seed, count };
}
