import { formatMonth, monthIndex } from "@/lib/resumes/dates/month-range";
import { findDateRanges } from "@/lib/resumes/dates/parse-dates";

const now = monthIndex(2026, 5);
const read = (line: string) =>
  findDateRanges(line, { now }).map(
    (r) => `${formatMonth(r.start)}..${formatMonth(r.end)}${r.ongoing ? " open" : ""}`,
  );

describe("date ranges as resumes write them", () => {
  it.each([
    ["Jan 2019 – Present", "2019-01..2026-06 open"],
    ["2019/03–2021/11", "2019-03..2021-11"],
    ["03.2019 - 11.2021", "2019-03..2021-11"],
    ["Spring 2020 – Fall 2021", "2020-03..2021-11"],
    ["2018 to date", "2018-07..2026-06 open"],
    ["Oct. 2016 — Sept. 2018", "2016-10..2018-09"],
    ["März 2017 – Dezember 2019", "2017-03..2019-12"],
    ["seit 04/2020", "2020-04..2026-06 open"],
    ["Feb. 2020 bis heute", "2020-02..2026-06 open"],
    ["janv. 2019 – aujourd'hui", "2019-01..2026-06 open"],
    ["févr. 2015 – à ce jour", "2015-02..2026-06 open"],
    ["depuis septembre 2021", "2021-09..2026-06 open"],
    ["marzo de 2018 - actualidad", "2018-03..2026-06 open"],
    ["De septiembre de 2014 a junio de 2016", "2014-09..2016-06"],
    ["ene. 2020 – hasta la fecha", "2020-01..2026-06 open"],
    ["Mar – Aug 2019", "2019-03..2019-08"],
    ["Nov – Feb 2020", "2019-11..2020-02"],
    ["2015–17", "2015-07..2017-06"],
    ["2019 − 2021", "2019-07..2021-06"],
    ["Q3 2019 - Q1 2020", "2019-07..2020-03"],
    ["15.03.2019 – 30.11.2021", "2019-03..2021-11"],
    ["Sep '18 – Jun '20", "2018-09..2020-06"],
    ["04/19 - 08/21", "2019-04..2021-08"],
    ["Summer 2022", ""],
    ["2021 –", "2021-07..2026-06 open"],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected ? [expected] : []);
  });

  it("finds the range inside a role line and says where it is written", () => {
    const line = "Senior Engineer | Acme GmbH | from Jan 2019 to Mar 2021 | Berlin";
    const [range] = findDateRanges(line, { now });
    expect(range?.text).toBe("from Jan 2019 to Mar 2021");
    expect(line.slice(range!.index, range!.index + range!.length)).toBe(range!.text);
  });

  it("reads no range in phone numbers, standards or prose", () => {
    for (const line of [
      "+49 170 2019 2021",
      "ISO 9001:2015 and ISO 27001",
      "You may go - 2019 was a year",
      "Improved conversion 3/4 of the time",
      "Handled 24/7 on-call for 10/10 services",
    ]) {
      expect(read(line)).toEqual([]);
    }
  });
});
