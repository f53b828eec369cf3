// Spellings that name the same skill as a canonical tag. Writers may use either; the bank stores
// the canonical one, so "k8s" and "kubernetes" questions are found by one tag.
const ALIASES: Record<string, string> = {
  k8s: "kubernetes",
  postgres: "postgresql",
  psql: "postgresql",
  js: "javascript",
  ecmascript: "javascript",
  ts: "typescript",
  node: "node.js",
  nodejs: "node.js",
  "node js": "node.js",
  reactjs: "react",
  "react.js": "react",
  nextjs: "next.js",
  golang: "go",
  cpp: "c++",
  "c sharp": "c#",
  "objective c": "objective-c",
  ml: "machine learning",
  "ml ops": "mlops",
  "ml-ops": "mlops",
  "deep-learning": "deep learning",
  llms: "llm",
  "large language models": "llm",
  "natural language processing": "nlp",
  cicd: "ci/cd",
  "ci-cd": "ci/cd",
  "ci cd": "ci/cd",
  "ab testing": "a/b testing",
  "a/b tests": "a/b testing",
  "split testing": "a/b testing",
  "rest api": "rest",
  "rest apis": "rest",
  restful: "rest",
  "cross-site scripting": "xss",
  "cross-site request forgery": "csrf",
  tdd: "test-driven development",
  "object-oriented programming": "object-oriented design",
  oop: "object-oriented design",
  "amazon web services": "aws",
  "google cloud": "gcp",
  "google cloud platform": "gcp",
  sre: "site reliability engineering",
  "user experience": "ux design",
  ux: "ux design",
  wasm: "webassembly",
  i18n: "internationalization",
  internationalisation: "internationalization",
  prioritisation: "prioritization",
  "organisational design": "organizational design",
  "data modelling": "data modeling",
  virtualisation: "virtualization",
  optimisation: "optimization",
  authorisation: "authorization",
  regularisation: "regularization",
  "data visualisation": "data visualization",
  "analytical rigour": "analytical rigor",
};

/** Lowercase letters, digits and the punctuation skill names use ("c++", "ci/cd", "node.js"). */
export const SKILL_TAG = /^[a-z0-9](?:[a-z0-9 +#./&'-]{0,38}[a-z0-9+#])?$/;

/** The canonical spelling of a (lowercase) skill tag. */
export function canonicalSkill(tag: string): string {
  const tidy = tag.trim().replace(/\s+/g, " ");
  return ALIASES[tidy] ?? tidy;
}
