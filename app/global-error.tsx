"use client";

// Replaces the root layout when it fails, so it brings its own document and minimal styling.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body
        style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}
      >
        <title>Something went wrong · InterviewMaster</title>
        <main>
          <h1 style={{ fontSize: "1.25rem" }}>Something went wrong</h1>
          <p>InterviewMaster could not load. Please try again.</p>
          <button type="button" onClick={() => retry()} style={{ padding: "0.5rem 1rem" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
