/** The starting text of a new entry (npm run new): every field, each with what belongs in it. */

export interface TemplateInput {
  stateCode: string;
  stateName: string;
  title: string;
  today: string;
}

const q = (s: string) => JSON.stringify(s);

export function entryTemplate({ stateCode, stateName, title, today }: TemplateInput): string {
  return `---
# Every fact below names the sources it rests on in a cite list; each id is a source listed under sources.
# Use only URLs you have opened. Leave out what no source confirms. Full guide: content/README.md
title: ${q(title)}                # the official name, as the law or agency writes it
# shortTitle: ""                 # optional, at most 40 characters, for tables and the map
# aliases: []                    # optional: other names people search for (acronyms, bill nicknames)
state: ${q(stateCode)}                         # ${stateName}
summary: ""                      # 1-2 plain sentences, at most 280 characters: what flexibility districts get
kind: ""                         # grant-program | waiver | pilot | network | statute | rule | initiative
levers:                          # one entry per lever the program gives; ids are the files in content/levers/
  - lever: ""                    # seat-time | graduation | assessment | accountability | competency-based |
                                 # waivers | learning-anywhere | funding | educator-capacity | autonomy
    how: ""                      # one concrete sentence: how THIS program uses the lever (a comparison-table cell)
    cite: []
authority:
  type: ""                       # statute | rule | agency | executive | federal
  bills: []                      # enabling and amending bills, as the legislature writes them, e.g. "SB 19-204"
  # citation: ""                 # code or rule citation, e.g. "C.R.S. 22-11-703"
  # year: 2019                   # year enacted or adopted (a number, no quotes)
  cite: []
status:
  value: ""                      # active | pilot | ended | repealed | proposed
  asOf: ""                       # latest date a source confirms the status: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  # note: ""                     # optional one-line qualification
  cite: []
# agency: { text: "", cite: [] }        # who runs it
# established: { year: 2019, cite: [] } # year it began
# eligibility: { text: "", cite: [] }   # who may take part
# apply: { text: "", cite: [] }         # how a district takes part: who approves, windows
# funding: { text: "", cite: [] }       # amounts exactly as the source states them
# waives: { text: "", cite: [] }        # which rules participants may set aside
# reporting: { text: "", cite: [] }     # what participants must report
# sunset: { text: "", cite: [] }        # when it ends, if the law says
# districts:                            # districts, schools or providers that used it
#   - name: ""
#     what: ""
#     cite: []
sources:                         # at least one; each must be cited somewhere
  - id: ""                       # short, lower-case-with-hyphens, unique in this entry
    title: ""
    publisher: ""
    url: ""                      # the address you read it at (official copies first)
    # published: ""              # as the source dates itself: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    accessed: ${q(today)}
    # archived: ""               # a web archive snapshot you have seen
lastReviewed: ${q(today)}        # the day you checked every fact against its source
---

## How it works

## Who can take part and how to apply

## What districts have done

## Before you start

## History and status
`;
}
