"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { deleteResume, retryResume, setPrimaryResume } from "@/lib/resumes/manage-resume";
import { listResumes } from "@/lib/resumes/resume-queries";

// GET (action) /resumes – the versions and their pipeline status (the page polls it)
export const listResumesAction = authedAction({ from: "/resumes" }, (user) => listResumes(user.id));

// DELETE (action) /resumes/{id}
export const deleteResumeAction = authedAction(
  { id: "Resume", from: () => "/resumes" },
  (user, id) => deleteResume(user.id, id),
);

// POST (action) /resumes/{id}/primary
export const setPrimaryResumeAction = authedAction(
  { id: "Resume", from: () => "/resumes" },
  (user, id) => setPrimaryResume(user.id, id),
);

// POST (action) /resumes/{id}/retry
export const retryResumeAction = authedAction(
  { id: "Resume", from: () => "/resumes" },
  (user, id) => retryResume(user.id, id),
);
