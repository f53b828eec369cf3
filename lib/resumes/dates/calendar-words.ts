import { wordList } from "../text-fold";
// Month names, seasons and "until now" words in the languages resumes arrive in (English,
// German, French, Spanish, Italian, Portuguese, Dutch), written folded: lower case, no accents.

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  wordList(`
    january | jan | januar | janner | jaenner | janvier | janv | enero | ene | gennaio | gen |
    janeiro | januari
  `),
  wordList(`
    february | feb | febr | februar | fevrier | fevr | fev | febrero | febbraio | fevereiro |
    februari
  `),
  ["march", "mar", "marz", "maerz", "mrz", "mars", "marzo", "marco", "maart", "mrt"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
  ["august", "aug", "aout", "agosto", "ago", "augustus"],
  wordList(`
    september | sep | sept | septembre | septiembre | setiembre | settembre | set | setembro
  `),
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro"],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, month) => names.map((name) => [name, month] as const)),
);

/** First and last month of a season or part of the year (northern hemisphere). */
const SEASON_MONTHS: ReadonlyArray<
  readonly [first: number, last: number, words: readonly string[]]
> = [
  [2, 4, ["spring", "fruhling", "fruhjahr", "printemps", "primavera"]],
  [5, 7, ["summer", "sommer", "ete", "verano", "estate", "verao", "zomer"]],
  [8, 10, ["fall", "autumn", "herbst", "automne", "otono", "autunno", "outono", "herfst"]],
  [0, 2, ["winter", "hiver", "invierno", "inverno", "q1"]],
  [3, 5, ["q2"]],
  [6, 8, ["q3"]],
  [9, 11, ["q4"]],
  [0, 5, ["h1"]],
  [6, 11, ["h2"]],
];

export const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map(
  SEASON_MONTHS.flatMap(([first, last, words]) => words.map((w) => [w, [first, last]] as const)),
);

/** Words that end an open range at the current month. */
export const PRESENT_WORDS = wordList(`
  present | the present | present day | current | currently | now | today | ongoing | date |
  heute | aktuell | jetzt | laufend | derzeit | dato | aujourd'hui | aujourd’hui | ce jour |
  maintenant | actuel | actuellement | en cours | actualidad | la actualidad | actual |
  actualmente | presente | el presente | hoy | la fecha | en curso | oggi | attuale | atual |
  o momento | heden | nu
`);

/** Words between two dates of a range ("2019 to 2021", "2019 bis 2021", "2019 à 2021"). */
export const RANGE_WORDS = wordList(`
  to | till | until | through | thru | bis | a | au | al | hasta | jusqu'a | jusqu’a | jusqu'en |
  fino a | ate | tot
`);

/** Words before a single date that mean "from then until now". */
export const SINCE_WORDS = ["since", "seit", "depuis", "desde", "dal", "dall'", "sinds", "ab"];

/** Words before a range that carry no meaning of their own. */
export const FROM_WORDS = ["from", "von", "vom", "de", "du", "desde", "da", "van"];
