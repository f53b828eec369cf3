// The PostgreSQL project runs every integration file against one shared database and Redis, where
// files can still disturb each other's global rows (two known cases in the closing note). A test
// that fails is run once more and jest reports the retry; a real failure fails both times.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
