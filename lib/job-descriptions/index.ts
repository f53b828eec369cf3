export { extractJobRequirements } from "./extract-requirements";
export { htmlToText } from "./html-to-text";
export { matchResumeToJob, type CandidateProfile } from "./match-report";
