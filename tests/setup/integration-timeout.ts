// Integration files: the first evaluation in a test worker warms the built-in evaluator (word
// vectors, the bank's rubrics) and the embedded database starts cold. On a loaded 2-core machine
// that first test alone has taken 50-60 s, so the default leaves room for it; a file may set more.
jest.setTimeout(180_000);
