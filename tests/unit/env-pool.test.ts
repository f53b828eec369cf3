import { env, resetEnvForTests } from "@/lib/env";

const saved = process.env.DATABASE_POOL_MAX;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_POOL_MAX;
  else process.env.DATABASE_POOL_MAX = saved;
  resetEnvForTests();
});

function withPool(value: string | undefined) {
  if (value === undefined) delete process.env.DATABASE_POOL_MAX;
  else process.env.DATABASE_POOL_MAX = value;
  resetEnvForTests();
  return () => env().DATABASE_POOL_MAX;
}

describe("DATABASE_POOL_MAX", () => {
  it("is 10 connections per instance unless set", () => {
    expect(withPool(undefined)()).toBe(10);
  });

  it("takes a whole number of connections", () => {
    expect(withPool("25")()).toBe(25);
  });

  it.each(["0", "-3", "2.5", "many", "501"])("refuses %p at start-up", (value) => {
    expect(withPool(value)).toThrow(/DATABASE_POOL_MAX/);
  });
});
