// Every test file gets its own in-memory PGlite and in-process cache.
process.env.LOG_LEVEL ??= "silent";
process.env.DATA_DIR = "memory://";
delete process.env.DATABASE_URL;
// Tests that need a real Redis beside the embedded defaults (pub/sub across instances) find it here.
if (process.env.REDIS_URL) process.env.IM_TEST_REDIS_URL = process.env.REDIS_URL;
delete process.env.REDIS_URL;
delete process.env.INNGEST_EVENT_KEY;
delete process.env.INNGEST_DEV;
process.env.BCRYPT_ROUNDS = "4";
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.TEST_BACKEND = "embedded";
