import type { BankQuestion } from "./types";
import { SOFTWARE_ENGINEER } from "./software-engineer";
import { FRONTEND_ENGINEER } from "./frontend-engineer";
import { BACKEND_ENGINEER } from "./backend-engineer";
import { DATA_SCIENTIST } from "./data-scientist";
import { DEVOPS_SRE } from "./devops-sre";
import { PRODUCT_MANAGER } from "./product-manager";
import { QA_ENGINEER } from "./qa-engineer";
import { ENGINEERING_MANAGER } from "./engineering-manager";

export { BANK_ROLES, type BankQuestion, type BankRole } from "./types";

/** The built-in question bank: seeded into `questions`, and the offline provider's source. */
export const QUESTION_BANK: readonly BankQuestion[] = [
  ...SOFTWARE_ENGINEER,
  ...FRONTEND_ENGINEER,
  ...BACKEND_ENGINEER,
  ...DATA_SCIENTIST,
  ...DEVOPS_SRE,
  ...PRODUCT_MANAGER,
  ...QA_ENGINEER,
  ...ENGINEERING_MANAGER,
];
