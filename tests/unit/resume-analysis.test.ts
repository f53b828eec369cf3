/**
 * Resumes written by hand for these tests (not by the fixture generator): a LinkedIn export, a
 * German tabular CV, a French career changer, a Spanish student and a resume with no headings.
 * They check that extraction generalises beyond the generated benchmark set.
 */
import { analyseResumeText } from "@/lib/resumes/analyse";
import { resumeAnalysisSchema } from "@/lib/validations/resume-analysis";

const NOW = new Date(Date.UTC(2026, 5, 15));
const analyse = (text: string) => analyseResumeText(text, { now: NOW });
const skillIds = (text: string) => analyse(text).skills.map((s) => s.id);
/** The analysis found at least these skills (ids separated by spaces). */
const expectSkills = (a: ReturnType<typeof analyse>, ids: string) =>
  expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(ids.split(" ")));

const LINKEDIN = `Priya Raghunathan
Staff Software Engineer at Northwind · London, United Kingdom
linkedin.com/in/priya-r · github.com/priyar
Summary
Distributed-systems engineer. I like Go, Postgres and boring, reliable infrastructure.
Experience
Northwind
Staff Software Engineer
October 2021 - Present (4 years 9 months)
London, England, United Kingdom
Leading the ledger team (6 engineers). Rebuilt settlement on Go + Kafka, p99 from 900ms to 120ms.
Senior Software Engineer
March 2019 - September 2021 (2 years 7 months)
Owned the payments API (gRPC, PostgreSQL, Redis). On-call lead.
Freelance
Backend consultant
January 2020 - December 2020
Node.js and TypeScript APIs for two early-stage startups.
Initech Ltd
Software Engineer
July 2015 - February 2019 (3 years 8 months)
Java 8 / Spring Boot services on AWS; moved CI from Jenkins to GitLab CI.
Education
University of Manchester
Bachelor of Science - BS, Computer Science · (2012 - 2015)
Licenses & Certifications
AWS Certified Solutions Architect – Associate - Amazon Web Services (AWS)
Issued Mar 2022`;

const GERMAN = `Lebenslauf
Jürgen Schäfer
Kontakt: juergen.schaefer@example.de | +49 171 2345678 | Köln
Beruflicher Werdegang
04/2018 – heute
Teamleiter Softwareentwicklung, Rheinpfeil Logistik SE, Köln
Führung von 8 Entwicklern; Einführung von Scrum und Code-Reviews
Architektur einer Lagerverwaltung mit C#, .NET 6 und Microsoft SQL Server
01/2014 – 03/2018
Softwareentwickler, Brückner & Söhne KG, Düsseldorf
Entwicklung von Webanwendungen mit ASP.NET MVC, JavaScript und jQuery
09/2010 – 12/2013
Ausbildung zum Fachinformatiker für Anwendungsentwicklung, Stadtwerke Köln
Ausbildung
2006 – 2010  Gymnasium Köln-Deutz, Abitur
IT-Kenntnisse
Programmiersprachen: C#, TypeScript, SQL
Frameworks: .NET, Angular, Entity Framework
Werkzeuge: Git, Azure DevOps, Jira
Sprachen
Deutsch (Muttersprache), Englisch (verhandlungssicher)`;

const FRENCH = `Hélène Mercier
Analyste de données junior — Lyon
helene.mercier@example.fr
PROFIL
Ancienne infirmière reconvertie dans la data. Python, SQL et Power BI au quotidien.
EXPÉRIENCE PROFESSIONNELLE
Analyste de données junior | Nébuleuse Data SAS | sept. 2024 – aujourd'hui
- Tableaux de bord Power BI pour la direction commerciale
- Requêtes SQL sur PostgreSQL, scripts Python (pandas)
Infirmière | Hôpital Saint-Éloi, Lyon | juin 2016 – juin 2023
- Soins aux patients en réanimation et aux urgences
FORMATION
Bootcamp Data Analyst, Le Wagon Lyon, janv. 2024 – juin 2024
Licence en sciences infirmières, Université Lyon 1, 2013 – 2016
COMPÉTENCES
Python, SQL, Power BI, Excel avancé, pandas, statistiques descriptives`;

const SPANISH = `Mateo Fernández Núñez
Estudiante de Ingeniería Informática · Valencia
mateo.fn@example.es · github.com/mateofn
EDUCACIÓN
Grado en Ingeniería Informática — Universidad Politécnica de Valencia
2022 – 2026 (previsto)
EXPERIENCIA
Becario de desarrollo web, Soluciones Andinas S.L.
junio 2025 – septiembre 2025
Desarrollo de una aplicación con React y Node.js; pruebas con Jest.
PROYECTOS
Bot de Telegram en Python con FastAPI y SQLite (2024)
HABILIDADES
Java, Python, JavaScript, React, Git, Docker, Linux
Inglés B2`;

const NO_HEADINGS = `John O'Connor — Chef turned QA engineer
john@example.com
QA Engineer at Lumen Logistics, 2022 to date. Writing Cypress and Playwright tests in TypeScript, API testing with Postman.
Head Chef, The Copper Pot, Dublin (2012 – 2021). Ran a kitchen of 14; menu development and food safety (HACCP).
Certificate in Software Testing (ISTQB Foundation), 2022.`;

describe("resume analysis on hand-written resumes", () => {
  it("a LinkedIn export: roles under one employer, an overlapping freelance job", () => {
    const a = analyse(LINKEDIN);
    expect(() => resumeAnalysisSchema.parse(a)).not.toThrow();
    expectSkills(
      a,
      "go postgresql kafka grpc redis nodejs typescript java spring-boot aws jenkins gitlab-ci distributed-systems",
    );
    expect(a.experience.roles).toHaveLength(4);
    // July 2015 to June 2026 without a break; the freelance year overlaps and counts once.
    expect(a.experience.totalYears).toBe(11);
    expect(a.experience.seniority).toBe("lead");
    expect(a.experience.currentRole).toEqual({
      title: "Staff Software Engineer",
      company: "Northwind",
    });
    expect(a.experience.roles.find((r) => r.title === "Senior Software Engineer")?.company).toBe(
      "Northwind",
    );
    expect(a.experience.progression.trend).toBe("rising");
    expect(a.education.entries[0]).toMatchObject({
      level: "bachelor",
      institution: "University of Manchester",
      endYear: 2015,
    });
    expect(a.certifications[0]).toMatchObject({ issuer: "Amazon Web Services" });
    const go = a.skills.find((s) => s.id === "go")!;
    expect(go.line).toBe(
      "Distributed-systems engineer. I like Go, Postgres and boring, reliable infrastructure.",
    );
  });

  it("a German tabular CV: dates above entries, an apprenticeship, German headings", () => {
    const a = analyse(GERMAN);
    expectSkills(
      a,
      "scrum code-review csharp dotnet sql-server aspnet javascript jquery typescript sql angular entity-framework git azure-devops jira",
    );
    expect(a.skills.map((s) => s.id)).not.toContain("logistics");
    expect(a.experience.roles.map((r) => r.company)).toEqual([
      "Rheinpfeil Logistik SE",
      "Brückner & Söhne KG",
      "Stadtwerke Köln",
    ]);
    expect(a.experience.totalYears).toBeCloseTo(15.8, 1);
    expect(a.experience.seniority).toBe("lead");
    expect(a.education.highestLevel).toBe("secondary");
    expect(a.sections).toEqual(
      expect.arrayContaining(["experience", "education", "skills", "languages"]),
    );
  });

  it("a French career changer: nurse to data analyst, bootcamp between", () => {
    const a = analyse(FRENCH);
    expectSkills(a, "python sql power-bi excel pandas postgresql");
    expect(a.skills.map((s) => s.id)).not.toContain("tableau");
    expect(a.experience.roles).toHaveLength(2);
    expect(a.experience.totalYears).toBeCloseTo(8.9, 1);
    expect(a.experience.progression.careerChange).toMatchObject({ from: "healthcare", to: "data" });
    expect(a.experience.progression.gaps).toEqual([
      { start: "2023-07", end: "2024-08", months: 14 },
    ]);
    expect(a.education.entries.map((e) => e.level)).toEqual(["bootcamp", "bachelor"]);
  });

  it("a Spanish student: an internship, a degree still in progress", () => {
    const a = analyse(SPANISH);
    expectSkills(a, "react nodejs jest python fastapi sqlite java javascript git docker linux");
    expect(a.experience.roles).toEqual([
      expect.objectContaining({ company: "Soluciones Andinas S.L.", internship: true, months: 4 }),
    ]);
    expect(a.experience.seniority).toBe("intern");
    expect(a.education.entries[0]).toMatchObject({
      level: "bachelor",
      ongoing: true,
      startYear: 2022,
    });
  });

  it("a resume with no headings at all", () => {
    const a = analyse(NO_HEADINGS);
    expectSkills(
      analyse(NO_HEADINGS),
      "cypress playwright typescript api-testing postman menu-development food-safety quality-assurance",
    );
    expect(skillIds(NO_HEADINGS)).not.toContain("chef");
    expect(a.experience.roles.map((r) => [r.title, r.company])).toEqual([
      ["QA Engineer", "Lumen Logistics"],
      ["Head Chef", "The Copper Pot"],
    ]);
    expect(a.experience.totalYears).toBe(13);
    expect(a.experience.progression.careerChange).toMatchObject({ from: "hospitality", to: "qa" });
    expect(a.certifications.map((c) => c.issuer)).toContain("ISTQB");
    expect(a.warnings).toContain(
      "No experience heading was found; roles were read from dates in the text.",
    );
  });

  it("says what it could not read", () => {
    const a = analyse(
      "Jane Doe\nI am a hard-working person who loves learning new things every day.",
    );
    expect(a.skills).toEqual([]);
    expect(a.experience.roles).toEqual([]);
    expect(a.experience.seniority).toBeNull();
    expect(a.warnings).toEqual([
      "No skills from our taxonomy were found.",
      "No dated roles were found; add start and end dates to each job.",
    ]);
  });
});
