// The PostgreSQL project runs every integration file against one shared database and Redis, where
// files can still disturb each other's global rows. A test that fails is run once more and jest
// reports the retry; a real failure fails both times. (The two cases that needed it were 500s from
// interactive transactions outliving Prisma's 5 s limit while a cold evaluator held the event loop:
// fixed in lib/ai/offline/evaluate-against-bank.ts and lib/db/client.ts.)
jest.retryTimes(1, { logErrorsBeforeRetry: true });
