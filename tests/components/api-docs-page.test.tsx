import { render, screen, within } from "@testing-library/react";
import ApiDocsPage from "@/app/(marketing)/docs/api/page";
import { openApiDocument } from "@/lib/openapi/document";

jest.mock("@/components/site/logo", () => ({ Logo: () => <span>InterviewMaster</span> }));

describe("/docs/api", () => {
  it("lists every operation of the OpenAPI document with its body fields and responses", () => {
    const { container } = render(<ApiDocsPage />);
    const doc = openApiDocument();
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(ids.length).toBeGreaterThan(70);
    for (const id of ids) expect(container.querySelector(`details#${id}`)).not.toBeNull();

    const register = container.querySelector<HTMLElement>("details#postAuthRegister")!;
    expect(within(register).getByText("Public")).toBeInTheDocument();
    const password = within(register).getByText("password").closest("li")!;
    expect(within(password).getByText("required")).toBeInTheDocument();
    expect(password.textContent).toMatch(/≥ 8 chars/);
    expect(within(register).getByText("201")).toBeInTheDocument();
    expect(within(register).getByText("422")).toBeInTheDocument();

    const adminUsers = container.querySelector<HTMLElement>("details#getAdminUsers")!;
    expect(within(adminUsers).getByText("Bearer token, admin")).toBeInTheDocument();
    expect(within(adminUsers).getByText("403")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: /openapi\.json/ }).length).toBeGreaterThan(0);

    // Where an operation documents its answer, its data fields are listed too.
    const report = container.querySelector<HTMLElement>("details#getCompatReportsById")!;
    expect(within(report).getByText("(data)")).toBeInTheDocument();
    expect(within(report).getAllByText("overall_score").length).toBeGreaterThan(0);
  });
});
