import { tmpdir } from "node:os";

// The same integration tests against the real servers: a database made for this run, and Redis
// under a key prefix of this run (see postgres-global-setup.mjs).
process.env.LOG_LEVEL ??= "silent";
const url = process.env.IM_TEST_DATABASE_URL;
if (!url) throw new Error("postgres-global-setup did not run");
process.env.DATABASE_URL = url;
// One folder per run, shared by its workers (generated keys, resume files), outside the working tree.
process.env.DATA_DIR = `${tmpdir()}/im-test-${new URL(url).pathname.slice(1)}`;
delete process.env.INNGEST_EVENT_KEY;
delete process.env.INNGEST_DEV;
process.env.BCRYPT_ROUNDS = "4";
// Every worker of the run reads what another encrypted (one shared database).
process.env.ENCRYPTION_KEYS = "test:dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktMDEyMzQ=";
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.TEST_BACKEND = "postgres";
