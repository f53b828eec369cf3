import {
  ROLE_FAMILIES,
  SENIORITY_LEVELS,
  TECH_ROLE_FAMILY_COUNT,
} from "@/lib/validations/resume-analysis";
import { escapeRegExp, fold, wordList } from "./text-fold";

export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

const TECH_FAMILIES = new Set<RoleFamily>(ROLE_FAMILIES.slice(0, TECH_ROLE_FAMILY_COUNT));
export const isTechFamily = (family: RoleFamily): boolean => TECH_FAMILIES.has(family);

const words = (list: string): RegExp =>
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${wordList(list)
      .map((w) => escapeRegExp(w))
      .sort((a, b) => b.length - a.length)
      .join("|")})(?![\p{L}])`,
    "u",
  );

// Folded (lower case, no accents) words that make a phrase a job title, in en / de / fr / es.
const TITLE_WORDS = words(`
  engineer | engineering | developer | development | programmer | architect | scientist |
  analyst | manager | director | lead | head | chief | officer | cto | ceo | cfo | coo | cio |
  vp | vice president | president | founder | co-founder | cofounder | consultant | specialist |
  administrator | admin | designer | researcher | intern | internship | trainee | apprentice |
  assistant | associate | coordinator | technician | tester | sre | devops | owner |
  scrum master | agile coach | teacher | lecturer | professor | tutor | nurse | doctor |
  physician | pharmacist | chef | cook | waiter | barista | bartender | accountant | auditor |
  controller | bookkeeper | clerk | cashier | representative | agent | advisor | adviser |
  executive | recruiter | partner | editor | writer | journalist | marketer | strategist |
  supervisor | operator | mechanic | electrician | freelance | freelancer | contractor |
  self-employed | volunteer | working student | fellow | postdoc | phd candidate |
  doctoral researcher | instructor | coach | therapist | paralegal | lawyer | attorney | buyer |
  planner | producer | photographer | animator | maintainer | member of technical staff | sales |
  support | receptionist | steward | entwickler | entwicklerin | softwareentwickler |
  softwareentwicklerin | ingenieur | ingenieurin | berater | beraterin | leiter | leiterin |
  teamleiter | teamleiterin | geschaftsfuhrer | geschaftsfuhrerin | projektleiter |
  projektleiterin | referent | referentin | sachbearbeiter | sachbearbeiterin | praktikant |
  praktikantin | werkstudent | werkstudentin | auszubildender | auszubildende | fachinformatiker |
  architektin | koch | kochin | lehrer | lehrerin | pflegefachkraft | krankenpfleger |
  krankenschwester | buchhalter | buchhalterin | verkaufer | mitarbeiter | mitarbeiterin |
  developpeur | developpeuse | ingenieure | chef de projet | responsable | directeur |
  directrice | consultante | stagiaire | alternant | alternante | analyste | architecte |
  technicien | technicienne | administrateur | administratrice | charge | chargee | professeur |
  professeure | infirmier | infirmiere | cuisinier | cuisiniere | comptable | commercial |
  commerciale | vendeur | vendeuse | enseignant | enseignante | concepteur | desarrollador |
  desarrolladora | ingeniero | ingeniera | jefe | jefa | gerente | directora | consultor |
  consultora | becario | becaria | practicante | analista | arquitecto | arquitecta | tecnico |
  tecnica | administrador | administradora | profesor | profesora | enfermero | enfermera |
  cocinero | cocinera | contador | contadora | coordinador | coordinadora | programador |
  programadora | disenador | disenadora | docente | camarero | camarera | especialista |
  asistente | gestor | gestora | representante | vendedor | vendedora | ejecutivo | ejecutiva |
  auxiliar | especialist | specialiste | spezialist | spezialistin | assistent | assistentin |
  assistante
`);

const LEVEL_WORDS: ReadonlyArray<[SeniorityLevel, RegExp]> = [
  [
    "executive",
    words(`
      director | directeur | directrice | directora | head of | vp | vice president | chief |
      cto | ceo | cfo | coo | cio | founder | co-founder | cofounder | partner | president |
      geschaftsfuhrer | geschaftsfuhrerin | bereichsleiter | gerente general
    `),
  ],
  [
    "lead",
    words(`
      lead | leader | staff | principal | engineering manager | team manager | general manager |
      head | teamleiter | teamleiterin | abteilungsleiter | projektleiter | chef de projet |
      responsable | jefe | jefa | gerente | architect | architecte | arquitecto | supervisor |
      head chef | chef de cuisine
    `),
  ],
  ["senior", words("senior | sr | sr. | experienced | confirme | confirmee | iii | expert")],
  [
    "intern",
    words(`
      intern | internship | trainee | apprentice | working student | student assistant |
      research assistant | teaching assistant | praktikant | praktikantin | werkstudent |
      werkstudentin | auszubildender | auszubildende | stagiaire | alternant | alternante |
      becario | becaria | practicante | summer student
    `),
  ],
  [
    "junior",
    words(`
      junior | jr | jr. | graduate | entry-level | entry level | associate | debutant
    `),
  ],
];

const FAMILY_WORDS: ReadonlyArray<[RoleFamily, RegExp]> = [
  [
    "engineering-management",
    words(`
      engineering manager | head of engineering | vp engineering | vp of engineering |
      director of engineering | cto | engineering director
    `),
  ],
  ["qa", words("qa | quality assurance | tester | test engineer | test automation | sdet")],
  ["security", words("security | penetration tester | pentester | soc analyst | ciso")],
  [
    "data",
    words(`
      data | donnees | datos | daten | machine learning | ml engineer | ai engineer | scientist |
      bi developer | analytics
    `),
  ],
  ["design", words("designer | ux | ui | design | disenador | disenadora | concepteur")],
  [
    "product",
    words("product manager | product owner | product lead | head of product | chef de produit"),
  ],
  [
    "it-operations",
    words(`
      administrator | sysadmin | it support | helpdesk | help desk | technician |
      network engineer | administrateur
    `),
  ],
  [
    "engineering",
    words(`
      engineer | developer | programmer | software | sre | devops | architect | entwickler |
      softwareentwickler | softwareentwicklung | entwicklung | fachinformatiker | developpeur |
      developpeuse | desarrollador | desarrolladora | programador | programadora | ingenieur |
      ingeniero | ingeniera | maintainer | member of technical staff
    `),
  ],
  [
    "education",
    words(`
      teacher | lecturer | professor | tutor | instructor | lehrer | lehrerin | enseignant |
      enseignante | profesor | profesora | docente | teaching
    `),
  ],
  [
    "healthcare",
    words(`
      nurse | doctor | physician | pharmacist | therapist | caregiver | krankenpfleger |
      krankenschwester | pflegefachkraft | infirmier | infirmiere | enfermero | enfermera |
      paramedic | medical
    `),
  ],
  [
    "hospitality",
    words(`
      chef | cook | waiter | waitress | barista | bartender | sous chef | koch | kochin |
      cuisinier | cuisiniere | cocinero | cocinera | camarero | camarera | hotel | restaurant |
      receptionist
    `),
  ],
  [
    "finance",
    words(`
      accountant | auditor | controller | bookkeeper | financial | finance | buchhalter |
      buchhalterin | comptable | contador | contadora | treasury | tax
    `),
  ],
  [
    "sales-marketing",
    words(`
      sales | marketing | marketer | account executive | account manager | business development |
      seo | brand | commercial | commerciale | vendeur | vendeuse | verkaufer | social media |
      content
    `),
  ],
  ["hr", words("recruiter | human resources | hr | talent | people partner | personalreferent")],
  ["legal", words("lawyer | attorney | paralegal | legal | counsel | jurist | avocat | abogado")],
  [
    "operations",
    words(`
      operations | logistics | supply chain | warehouse | procurement | buyer | planner |
      dispatcher | store manager | retail
    `),
  ],
  [
    "research",
    words("researcher | postdoc | phd candidate | doctoral | research assistant | fellow"),
  ],
];

/** The phrase reads like a job title (it names a kind of job). */
export const looksLikeTitle = (text: string): boolean => TITLE_WORDS.test(fold(text));

// "Manager" alone manages people; a product, account or marketing manager may not.
const PEOPLE_MANAGER =
  /(?<!(?:product|account|marketing|community|office|content|success|social media|sales|brand|project|program|programme|campaign|case|key account|release|event|category)\s)manager(?![\p{L}])/u;

/** The level a title states, if it states one ("Senior", "Lead", "Intern", "Head of"). */
export function titleLevel(title: string): SeniorityLevel | null {
  const folded = fold(title);
  for (const [level, pattern] of LEVEL_WORDS) {
    if (pattern.test(folded)) return level;
    if (level === "lead" && PEOPLE_MANAGER.test(folded)) return "lead";
  }
  return null;
}

/** The broad kind of work a title names. */
export function roleFamily(title: string): RoleFamily {
  const folded = fold(title);
  for (const [family, pattern] of FAMILY_WORDS) if (pattern.test(folded)) return family;
  return "other";
}

export const levelRank = (level: SeniorityLevel): number => SENIORITY_LEVELS.indexOf(level);
