import { findSkillMentions, matchSkills, toSkillLines } from "@/lib/resumes/skill-matcher";

const ids = (text: string, skillList = false) =>
  matchSkills(toSkillLines(text).map((l) => ({ ...l, skillList })))
    .map((m) => m.id)
    .sort();

describe("skill matching", () => {
  it("tells C, C++, C#, F#, .NET, ASP.NET, Node.js, CI/CD and Objective-C apart", () => {
    expect(ids("Skills: C/C++, C#, F#, .NET 8, ASP.NET Core, Node.js, CI/CD, Objective-C")).toEqual(
      ["aspnet", "c", "ci-cd", "cpp", "csharp", "dotnet", "fsharp", "nodejs", "objective-c"].sort(),
    );
    // "Vue.js" holds no "JS"; "PostgreSQL" and "NoSQL" hold no "SQL".
    expect(ids("Vue.js frontends on PostgreSQL and NoSQL stores")).toEqual([
      "nosql",
      "postgresql",
      "vue",
    ]);
  });

  it("reads aliases and spellings", () => {
    expect(
      ids("K8s, Postgres, Golang, ReactJS, sklearn, GH Actions, Test driven development"),
    ).toEqual(
      ["github-actions", "go", "kubernetes", "postgresql", "react", "scikit-learn", "tdd"].sort(),
    );
    expect(ids("Built on Java8 and Python3, deployed with Terraform")).toEqual([
      "java",
      "python",
      "terraform",
    ]);
  });

  it("takes short ambiguous names only where the line lists skills", () => {
    expect(ids("Languages: Go, R, C, Julia, Swift, Rust")).toEqual([
      "c",
      "go",
      "julia",
      "r",
      "rust",
      "swift",
    ]);
    expect(ids("Go\nRust\nChef", true)).toEqual(["chef", "go", "rust"]);
    expect(
      ids("Built services in Go and Python; automated servers with Chef and Ansible."),
    ).toEqual(["ansible", "chef", "go", "python"].sort());
    expect(ids("Wrote the billing engine in Rust.")).toEqual(["rust"]);
    expect(ids("Migrated the API from Java to Go without downtime")).toEqual(["go", "java"]);
  });

  it("does not take everyday words, names, places or dates for skills", () => {
    const traps = [
      "Julia Nowak, Sous Chef at the Ritz",
      "Ruby Walker — Head Chef — Phoenix, AZ",
      "Helped the team go live with the Spring 2020 launch",
      "R&D Engineer; reports to the C-level; Vitamin C",
      "Made sure the rest of the team could react quickly",
      "Swift response to incidents; Express delivery for retail clients",
      "Excel at communication with stakeholders; Make sure the shell is closed",
      "Oracle, Austin TX | Shell Deutschland | Spring Health",
      "Interests: Go (the board game), climbing",
      "julia@go.dev · github.com/julia/go-tools · www.rust-lang.org",
      "Tableau de bord mensuel pour la direction",
      "Worked on the helm of a sailing boat",
    ];
    for (const line of traps) expect({ line, found: ids(line) }).toEqual({ line, found: [] });
  });

  it("skips negated skills and counts hedged ones for less", () => {
    expect(ids("No experience with Terraform yet; strong Ansible")).toEqual(["ansible"]);
    const [docker] = matchSkills(toSkillLines("Familiar with Docker"));
    const [kubernetes] = matchSkills(toSkillLines("Deep Kubernetes experience"));
    expect(docker!.confidence).toBeLessThan(kubernetes!.confidence);
    expect(ids("Basic knowledge of Rust")).toEqual([]);
  });

  it("gives each skill its best line and more confidence in a skills list", () => {
    const lines = [
      { number: 1, text: "Experience", skillList: false },
      { number: 2, text: "Shipped dashboards with Kubernetes operators", skillList: false },
      { number: 3, text: "Kubernetes, Docker, Helm", skillList: true },
    ];
    const [k8s] = matchSkills(lines).filter((m) => m.id === "kubernetes");
    expect(k8s).toMatchObject({ lineNumber: 3, line: "Kubernetes, Docker, Helm", mentions: 2 });
    const prose = matchSkills([
      { number: 1, text: "Ran Docker in production", skillList: false },
    ])[0]!;
    const listed = matchSkills([{ number: 1, text: "Docker, Podman", skillList: true }])[0]!;
    expect(listed.confidence).toBeGreaterThan(prose.confidence);
  });

  it("joins a skill name wrapped onto the next line", () => {
    expect(ids("Soft skills: Attention to\ndetail, Problem\nsolving")).toEqual([
      "attention-to-detail",
      "problem-solving",
    ]);
    const [mention] = findSkillMentions(toSkillLines("Spring\nBoot services"));
    expect(mention).toMatchObject({ skillId: "spring-boot", lineNumber: 1 });
  });

  it("takes soft skills from lists and 'skills' phrases, not from prose", () => {
    expect(ids("Excellent communication, leadership and mentoring skills.")).toEqual(
      ["communication", "leadership", "mentoring"].sort(),
    );
    expect(ids("Improved communication between teams")).toEqual([]);
    expect(ids("Leadership\nEmpathy", true)).toEqual(["empathy", "leadership"]);
  });
});
