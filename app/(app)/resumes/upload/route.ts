import { readUploadedFile } from "@/lib/api/body";
import { sessionRoute } from "@/lib/api/handler";
import { MAX_RESUME_BYTES } from "@/lib/resumes/file-type";
import { uploadResume } from "@/lib/resumes/upload-resume";

// POST /resumes/upload – the resumes page's upload (session cookie), sent with XHR for progress
export const POST = sessionRoute(
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
