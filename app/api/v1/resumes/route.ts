import { readUploadedFile } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { MAX_RESUME_BYTES } from "@/lib/resumes/file-type";
import { listResumes } from "@/lib/resumes/resume-queries";
import { uploadResume } from "@/lib/resumes/upload-resume";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/resumes – upload a PDF or DOCX (multipart field "file"); analysed in the background
export const POST = authedRoute(
  async ({ request, user }) => {
    const file = await readUploadedFile(request, {
      field: "file",
      maxBytes: MAX_RESUME_BYTES,
      tooLargeMessage: "Resumes can be at most 10 MB.",
    });
    return {
      status: 201,
      data: await uploadResume(user.id, { filename: file.name, bytes: file.bytes }),
    };
  },
  { rateLimit: "resume:upload" },
);

// GET /api/v1/resumes – the caller's resume versions, primary first
export const GET = authedRoute(async ({ user }) => ({ data: await listResumes(user.id) }));

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
