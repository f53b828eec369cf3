// Pools the fixture generator draws from. Every phrase that names a skill does so through a
// placeholder or an explicit `skills` list, so the labels know about it; the remaining filler
// is checked (tests/unit/resume-fixtures.test.ts) to name no taxonomy skill except the listed traps.

import { wordList } from "@/lib/resumes/text-fold";
import tracks from "./tracks.json";

/** Short per-language lists written one line a language: `en: a ; b ; c`. */
function perLanguage(text: string): Record<Language, string[]> {
  const table = {} as Record<Language, string[]>;
  for (const line of text.split("\n")) {
    const match = /^\s*(en|de|fr|es):\s*(.*)$/.exec(line);
    if (match) table[match[1] as Language] = match[2]!.split(";").map((item) => item.trim());
  }
  return table;
}

export type Language = "en" | "de" | "fr" | "es";

export interface TitleBase {
  text: Partial<Record<Language, string>> & { en: string };
  /** Skill ids the title itself names ("Java Developer" → java). */
  skills?: string[];
}

/**
 * Certifications and fields of study name skills in brackets after the text:
 * "Certified Kubernetes Administrator (CKA) [kubernetes]".
 */
export interface Track {
  id: string;
  tech: boolean;
  bases: TitleBase[];
  /** Titles above "Lead …": heads, directors. */
  executive: TitleBase[];
  core: string[];
  extra: string[];
  soft: string[];
  certs: string[];
  fields: string[];
}

export const FIRST_NAMES = wordList(`
  Zoë | José | Łukasz | Søren | Ana María | François | Björn | Chloé | Ngozi | Mateo | Aiko |
  Dmitri | Ingrid | Siobhán | Raphaël | Agnieszka | Nguyễn Thị | Çağla | Jürgen | Priya | Ólafur |
  Fatima | Ramón | Hélène | Kwame | Marta | Tomáš | Emma | Liam | Noah | Julia | Ruby |
  Cassandra | Ada | Pascal | Jasmine | Maya | Karma
`);

export const LAST_NAMES = wordList(`
  Müller | García | Wójcik | Kierkegård | Rodríguez | Lefèvre | Åström | Dubois | Okafor |
  Fernández | Tanaka | Ivanov | Johansson | Ní Bhriain | Mercier | Kowalczyk | Hương | Yılmaz |
  Schäfer | Raghunathan | Guðmundsson | El Amrani | Núñez | Château | Mensah | Sousa | Dvořák |
  Smith | O'Connor | Jenkins | Walker | Nowak | Hernández | Brown
`);

export const CITIES: Record<Language, string[]> = {
  en: wordList(`
    London | Dublin | Manchester | Toronto | Austin, TX | Seattle, WA | Remote | Edinburgh
  `),
  de: ["Berlin", "München", "Hamburg", "Köln", "Wien", "Zürich", "Stuttgart", "Remote"],
  fr: ["Paris", "Lyon", "Toulouse", "Bordeaux", "Genève", "Lille", "Nantes", "Remote"],
  es: ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Buenos Aires", "Bogotá", "Remote"],
};

export const COMPANIES: Record<Language, string[]> = {
  en: wordList(`
    Northwind Traders Ltd | Bluefin Analytics | Acme Corp | Brightwave Inc. | Harbour Health |
    Fable & Finch | Quantum Leaf Systems | Oakridge Bank | Lumen Logistics | Copperline Media |
    Stonebridge Consulting | Pinecrest Retail | Shell | Oracle | Amazon | Spring Health |
    Kestrel Labs | Meridian Insurance
  `),
  de: wordList(`
    Nordlicht Software GmbH | Brückner & Söhne KG | Alpenblick Versicherung AG |
    Kiezkantine GmbH | Datenwerk Analytics GmbH | Rheinpfeil Logistik SE | Grünwald Klinikum |
    Sonnenhof Hotel | Zahnrad Technologies GmbH | Fernweh Reisen GmbH
  `),
  fr: wordList(`
    Lumière Numérique SAS | Boulangerie Dupont SARL | Crédit Rivage | Atelier Céleste |
    Hôpital Saint-Éloi | Mistral Logiciels SAS | Château Bellevue Hôtel | Nébuleuse Data SAS
  `),
  es: wordList(`
    Soluciones Andinas S.L. | Banco del Sol | Clínica Santa Lucía | Tecnologías Olivo S.A. |
    Restaurante La Brasa | Datos Marea S.L. | Logística Ibérica S.A. | Estudio Cometa
  `),
};

export const UNIVERSITIES: Record<Language, string[]> = {
  en: [
    "University of Edinburgh",
    "University College Dublin",
    "University of Toronto",
    "Imperial College London",
    "University of Texas at Austin",
  ],
  de: [
    "Technische Universität München",
    "Universität Stuttgart",
    "Humboldt-Universität zu Berlin",
    "RWTH Aachen",
    "Universität Wien",
  ],
  fr: [
    "Université Paris-Saclay",
    "INSA Lyon",
    "Université de Bordeaux",
    "École Polytechnique",
    "Université de Genève",
  ],
  es: [
    "Universidad Politécnica de Madrid",
    "Universidad de Barcelona",
    "Universidad de Sevilla",
    "Universidad de los Andes",
    "Universidad de Buenos Aires",
  ],
};

export const DEGREES: Record<
  Language,
  { bachelor: string[]; master: string[]; doctorate: string[] }
> = {
  en: {
    bachelor: ["B.Sc.", "Bachelor of Science in", "BA in", "B.Eng."],
    master: ["M.Sc.", "Master of Science in", "MA in", "MBA"],
    doctorate: ["PhD in"],
  },
  de: {
    bachelor: ["B.Sc.", "Bachelor of Science"],
    master: ["M.Sc.", "Master of Science", "Diplom"],
    doctorate: ["Dr. rer. nat.", "PhD in"],
  },
  fr: {
    bachelor: ["Licence en", "Bachelor"],
    master: ["Master en", "Diplôme d'ingénieur"],
    doctorate: ["Doctorat en"],
  },
  es: {
    bachelor: ["Grado en", "Licenciatura en"],
    master: ["Máster en", "Máster Universitario en"],
    doctorate: ["Doctorado en"],
  },
};

type HeadingKey =
  "summary" | "experience" | "education" | "skills" | "certifications" | "languages" | "interests";

/** Section headings as resumes write them; one is picked per document. */
export const HEADINGS: Record<Language, Record<HeadingKey, string[]>> = {
  en: {
    summary: ["Profile", "Summary", "Professional Summary", "About me"],
    experience: wordList(`
      Experience | Work Experience | Professional Experience | Employment History | WORK HISTORY |
      Where I've worked
    `),
    education: ["Education", "Education & Training", "Academic Background"],
    skills: ["Skills", "Technical Skills", "Core Competencies", "Tools & Technologies"],
    certifications: ["Certifications", "Licenses & Certifications", "Courses and Certifications"],
    languages: ["Languages"],
    interests: ["Interests", "Hobbies"],
  },
  de: {
    summary: ["Profil", "Kurzprofil", "Über mich"],
    experience: ["Berufserfahrung", "Beruflicher Werdegang", "Praxiserfahrung", "Stationen"],
    education: ["Ausbildung", "Studium", "Bildungsweg"],
    skills: ["Kenntnisse", "IT-Kenntnisse", "Fachkenntnisse", "Kompetenzen"],
    certifications: ["Zertifikate", "Weiterbildungen"],
    languages: ["Sprachen", "Sprachkenntnisse"],
    interests: ["Interessen", "Hobbys"],
  },
  fr: {
    summary: ["Profil", "À propos"],
    experience: [
      "Expérience professionnelle",
      "Expériences professionnelles",
      "Parcours professionnel",
    ],
    education: ["Formation", "Formation académique", "Études"],
    skills: ["Compétences", "Compétences techniques"],
    certifications: ["Certifications", "Certificats"],
    languages: ["Langues"],
    interests: ["Centres d'intérêt", "Loisirs"],
  },
  es: {
    summary: ["Perfil", "Perfil profesional", "Sobre mí"],
    experience: ["Experiencia profesional", "Experiencia laboral", "Experiencia"],
    education: ["Formación académica", "Educación", "Estudios"],
    skills: ["Habilidades", "Competencias", "Conocimientos técnicos"],
    certifications: ["Certificaciones", "Cursos"],
    languages: ["Idiomas"],
    interests: ["Intereses", "Aficiones"],
  },
};

export const SPOKEN = perLanguage(`
  en: English (native) ; Spanish (B2) ; French (B1) ; German (A2)
  de: Deutsch (Muttersprache) ; Englisch (C1) ; Französisch (B1)
  fr: Français (langue maternelle) ; Anglais (C1) ; Espagnol (B2)
  es: Español (nativo) ; Inglés (C1) ; Portugués (B2)
`);

/** Month names as resumes write them, January first. */
export const MONTH_NAMES: Record<Language, { long: string[]; short: string[] }> = {
  en: {
    long: wordList(`
      January | February | March | April | May | June | July | August | September | October |
      November | December
    `),
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  de: {
    long: wordList(`
      Januar | Februar | März | April | Mai | Juni | Juli | August | September | Oktober |
      November | Dezember
    `),
    short: wordList(`
      Jan. | Feb. | März | Apr. | Mai | Juni | Juli | Aug. | Sept. | Okt. | Nov. | Dez.
    `),
  },
  fr: {
    long: wordList(`
      janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre |
      novembre | décembre
    `),
    short: wordList(`
      janv. | févr. | mars | avr. | mai | juin | juil. | août | sept. | oct. | nov. | déc.
    `),
  },
  es: {
    long: wordList(`
      enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre |
      noviembre | diciembre
    `),
    short: wordList(`
      ene. | feb. | mar. | abr. | may. | jun. | jul. | ago. | sept. | oct. | nov. | dic.
    `),
  },
};

export const SEASONS = perLanguage(`
  en: Winter ; Spring ; Summer ; Fall
  de: Winter ; Frühjahr ; Sommer ; Herbst
  fr: Hiver ; Printemps ; Été ; Automne
  es: Invierno ; Primavera ; Verano ; Otoño
`) as Record<Language, [string, string, string, string]>;

export const PRESENT = perLanguage(`
  en: Present ; present ; Current ; Now ; to date
  de: heute ; aktuell ; Heute
  fr: aujourd'hui ; Présent ; à ce jour
  es: actualidad ; Presente ; la fecha
`);

/**
 * Sentences around skills ({0}, {1}, {2}). A slot right after a preposition or in a list gives a
 * short, ambiguous name ("Go", "R") the context a reader needs; other slots get full names only.
 */
export const BULLETS: Record<Language, string[]> = {
  en: wordList(`
    Wrote the ingestion service in {0}. |
    Built the internal admin tool with {0}; support tickets dropped by a fifth. |
    Led the move from {0} to {1} without downtime. | Day to day: {0}, {1} and {2}. |
    Responsible for {0} and {1} across the department. |
    Built and ran services in {0} and {1} that handle two million requests a day. |
    Moved the billing platform onto {0}, cutting release time from days to hours. |
    Introduced {0} with {1} and halved the time to find the cause of an outage. |
    Worked with {0}, {1} and {2} across three product teams. |
    Designed the reporting model in {0}; finance now closes the month two days earlier. |
    Rewrote the slowest jobs using {0} and {1}, saving 30% of compute spend. |
    Tech stack: {0}, {1}, {2}. |
    Owned the {0} codebase for the partner portal and trained two new hires on it. |
    Automated weekly reporting with {0} and {1} for a team of twelve. |
    Cut page load time by 40% using {0}.
  `),
  de: wordList(`
    Umstellung von {0} auf {1} ohne Ausfallzeit. |
    Verantwortlich für {0} und {1} im gesamten Bereich. |
    Entwicklung und Betrieb von Diensten mit {0} und {1} für zwei Millionen Anfragen pro Tag. |
    Migration der Abrechnungsplattform auf {0}; Releases dauern nun Stunden statt Tage. |
    Einführung von {0} und {1} für das Team, Fehlersuche doppelt so schnell. |
    Technologien: {0}, {1}, {2}.
  `),
  fr: wordList(`
    Passage de {0} à {1} sans interruption de service. |
    Responsable de {0} et {1} pour tout le service. |
    Conception et exploitation de services avec {0} et {1} pour deux millions de requêtes par jour. |
    Migration de la plateforme de facturation vers {0}, livraisons en heures au lieu de jours. |
    Mise en place de {0} et {1} pour toute l'équipe. | Environnement : {0}, {1}, {2}.
  `),
  es: wordList(`
    Migración de {0} a {1} sin tiempo de inactividad. |
    Responsable de {0} y {1} en todo el departamento. |
    Desarrollo y operación de servicios con {0} y {1} para dos millones de peticiones al día. |
    Migración de la plataforma de facturación a {0}; las entregas pasan de días a horas. |
    Implantación de {0} y {1} para todo el equipo. | Tecnologías: {0}, {1}, {2}.
  `),
};

/** Last lines some resumes end with. */
export const FOOTERS = perLanguage(`
  en: References available on request. ; Page 1 of 1
  de: Referenzen auf Anfrage. ; Berlin, im Juni 2026
  fr: Références sur demande.
  es: Referencias disponibles a petición.
`);

/** How a career break is listed (it is no job; the labels leave it out). */
export const BREAKS = perLanguage(`
  en: Career break (travelling) ; Parental leave ; Sabbatical
  de: Elternzeit ; Sabbatical
  fr: Congé parental ; Année sabbatique
  es: Año sabático ; Baja por maternidad
`);

/** Skill levels some resumes add after each skill. */
export const PROFICIENCY = perLanguage(`
  en: (expert) ; (advanced) ; (intermediate) ; – 5 yrs ; (3 years)
  de: (sehr gut) ; (gut) ; (Grundkenntnisse)
  fr: (avancé) ; (intermédiaire) ; (notions)
  es: (avanzado) ; (intermedio) ; (básico)
`);

/** Bullets that name no skill. Traps are words a naive matcher would take for skills. */
export const PLAIN_BULLETS: Record<Language, string[]> = {
  en: wordList(`
    Mentored four junior colleagues; two were promoted within a year. |
    Made sure the rest of the team could take over any part of the work. |
    Reduced customer complaints by a quarter over two quarters. |
    Ran the weekly planning meeting for a team of eight. |
    Helped the team react quickly when priorities changed. |
    Led the go-live of the new ordering system in twelve stores.
  `),
  de: [
    "Betreuung von zwei Auszubildenden.",
    "Verantwortung für die Einarbeitung neuer Kolleginnen und Kollegen.",
  ],
  fr: ["Encadrement de deux stagiaires.", "Animation de la réunion hebdomadaire de l'équipe."],
  es: ["Tutoría de dos becarios.", "Coordinación de la reunión semanal del equipo."],
};

export const SUMMARIES: Record<Language, string[]> = {
  en: [
    "{role} specialising in {0} and {1}; {years} years of shipping products people rely on.",
    "{role} with {years} years of experience, happiest when shipping small, safe changes often.",
    "{role} who likes clear problems, honest feedback and calm on-time delivery.",
    "Curious {role}; {years} years of turning messy requirements into working products.",
  ],
  de: [
    "{role} mit {years} Jahren Erfahrung, zuverlässig und lösungsorientiert.",
    "{role} mit Schwerpunkt {0} und {1}.",
  ],
  fr: ["{role} avec {years} ans d'expérience, rigoureux et curieux."],
  es: ["{role} con {years} años de experiencia, orientado a resultados."],
};

export const INTERESTS: Record<Language, string[]> = {
  en: [
    "Chess, trail running and baking sourdough",
    "Go (the board game), climbing",
    "Photography, jazz piano",
    "Volunteer football coach",
  ],
  de: ["Schach, Bergsteigen", "Fotografie, Klavier"],
  fr: ["Échecs, randonnée", "Photographie, piano"],
  es: ["Ajedrez, senderismo", "Fotografía, guitarra"],
};

/**
 * Career tracks: titles (per language, with the skills a title names), skill pools, soft skills,
 * certifications and fields of study ("Name [skill-id]" marks the skills a text names).
 */
export const TRACKS: readonly Track[] = tracks;
