process.env.LOG_LEVEL ??= "silent";
process.env.BCRYPT_ROUNDS = "4";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
