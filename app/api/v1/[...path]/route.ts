import { publicRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";

// Any /api/v1 path no route serves: the API's JSON 404 envelope, not the HTML not-found page.
const unknownEndpoint = publicRoute<{ path: string[] }>(({ request }) => {
  throw notFound(`API endpoint ${request.method} ${request.nextUrl.pathname}`);
});

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as PATCH,
  unknownEndpoint as DELETE,
};
