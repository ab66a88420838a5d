#!/usr/bin/env python3
"""Writes the fictional PDFs that minutes' sample data and tests read.

    pip install reportlab      # once; only this script needs it, never a build or a test
    scripts/make-sample-pdf.py # rewrites the four files below

- sample-data/ashbourne-vale/2023/pension-fund-committee-2023-09-28-minutes.pdf
  printed minutes of a fictional meeting, three pages: a running header, a footer with
  "Page N of 3", numbered items with RESOLVED clauses, a word hyphenated at a line end
  (poppler joins it), a word hyphenated across a page break (minutes' PDF cleaner joins it),
  and a compound ("long-term") broken at a line end.
- Tests/Fixtures/pdf/two-column.pdf: two columns of text side by side, the case that decided
  pdftotext's reading order over -layout (see README, "PDF files").
- Tests/Fixtures/pdf/decision-notice.pdf: a decision notice whose fields are a table of
  labels and values, which the reading order gives as all labels, then all values.
- Tests/Fixtures/pdf/encrypted.pdf: a one-page minute that needs a password to open.

Everything in them is invented: the council, people, places, sums and decisions. Lines are
placed by hand (no automatic wrapping) so that every break the tests rely on is where the
test expects it; the output is byte-for-byte the same on every run (reportlab's invariant
mode: no dates, no random ids).
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WIDTH, HEIGHT = A4
LEFT, INDENT, RIGHT = 72, 108, WIDTH - 72
BODY, SIZE, LEADING = "Helvetica", 10, 13

RUNNING_HEADER = "Pension Fund Committee \u2013 28 September 2023"
FOOTER_LEFT = "Ashbourne Vale County Council"

# One list of lines per page. A line is (style, text): "title", "header" (the meeting's
# sentence), "num" (an item: "4.|TITLE"), "text", "gap" (blank space).
PAGES = [
    [
        ("title", "ASHBOURNE VALE COUNTY COUNCIL"),
        ("gap", ""),
        ("header", "MINUTES of the meeting of the PENSION FUND COMMITTEE held on 28 September 2023"),
        ("header", "at 10.00 am at Committee Room A, Marston House, 11 Kelby Road, Kelby, KB2 8DN"),
        ("gap", ""),
        ("text", "PRESENT: Councillor Rosalind Tremayne (Chairman); Councillors Owen Baxendale,"),
        ("text", "Priya Lakhani, Geoffrey Strand and Nadia Whitcombe; Mr Colin Rudd (scheme"),
        ("text", "member representative, non-voting)."),
        ("gap", ""),
        ("num", "1.|APOLOGIES FOR ABSENCE"),
        ("text", "Apologies were received from Councillor Jeremy Hale."),
        ("gap", ""),
        ("num", "2.|MINUTES OF THE PREVIOUS MEETING"),
        ("text", "RESOLVED \u2013 That the minutes of the meeting held on 22 June 2023 be confirmed"),
        ("text", "as a correct record and signed by the Chairman."),
        ("gap", ""),
        ("num", "3.|DECLARATIONS OF INTEREST"),
        ("text", "Councillors Lakhani and Strand declared personal interests in item 4 as members"),
        ("text", "of the Local Government Pension Scheme."),
        ("gap", ""),
        ("num", "4.|PENSION FUND ANNUAL REPORT AND ACCOUNTS 2022/23"),
        ("text", "The Head of Pensions, Ms Harriet Colville, introduced the report. The value of the"),
        ("text", "Fund had fallen from \u00a34.21bn to \u00a34.07bn during the year, mainly because of the fall"),
        ("text", "in the value of government bonds in the autumn of 2022, although the long-term"),
        ("text", "funding level at the last valuation had been 104%. Members asked about the ad-"),
        ("text", "ministration cost per scheme member, which had risen to \u00a324.10, and were told"),
        ("text", "that most of the rise came from the new pensions dashboard connection."),
        ("gap", ""),
        ("text", "RESOLVED:"),
        ("text", "(1) That the Pension Fund Annual Report and Accounts 2022/23 be approved for"),
        ("text", "publication."),
        ("text", "(2) That the Chairman and the Head of Pensions be authorised to sign the letter of"),
        ("text", "representation to the external auditor."),
        ("gap", ""),
        ("num", "5.|RESPONSIBLE INVESTMENT POLICY AND CLIMATE RISK REPORTING"),
        ("text", "The Investment Manager, Mr Daniel Oyelaran, presented the revised policy, which"),
        ("text", "set a target of net zero for the Fund\u2019s listed equities by 2040 and required the"),
        ("text", "Fund\u2019s managers to vote against the chairs of companies with no credible"),
        ("text", "transition plan. Mr Rudd welcomed the policy but asked how scheme members"),
        ("text", "would be told of the managers\u2019 votes. Councillor Baxendale said that the"),
        ("text", "Committee must not lose sight of its duty to secure the best return on the con-"),
    ],
    [
        ("text", "tributions of members and employers, and that any move away from a sector had"),
        ("text", "to be justified on financial grounds. The Committee agreed that the long-"),
        ("text", "term risks of climate change were financial risks to the Fund."),
        ("gap", ""),
        ("text", "RESOLVED \u2013 That the Committee:"),
        ("text", "(a) approves the revised Responsible Investment Policy set out in Appendix 1;"),
        ("text", "(b) agrees that the Fund\u2019s first climate risk report be published by"),
        ("text", "31 December 2023; and"),
        ("text", "(c) asks the Head of Pensions to report on the managers\u2019 voting records at"),
        ("text", "the March 2024 meeting."),
        ("gap", ""),
        ("num", "6.|PENSION ADMINISTRATION PERFORMANCE: QUARTER 1 2023/24"),
        ("text", "The Pensions Administration Manager reported that 94% of retirement quotations"),
        ("text", "had been issued within ten working days, against a target of 95%, and that the"),
        ("text", "backlog of deferred benefit cases had fallen from 1,240 to 610 since March."),
        ("text", "Members asked that the next report show the time taken to pay death grants."),
        ("gap", ""),
        ("text", "The report was noted."),
        ("gap", ""),
        ("num", "7.|INVESTMENT PERFORMANCE AND MANAGER MONITORING"),
        ("text", "The Fund had returned 3.1% in the quarter to 30 June 2023, 0.4% below its"),
        ("text", "benchmark. The Committee discussed the property portfolio, where two managers"),
        ("text", "had returned less than their benchmarks for three years running."),
        ("gap", ""),
        ("text", "RESOLVED \u2013 That the Investment Manager invites the two property managers to"),
        ("text", "present their recovery plans to the Committee at its next meeting."),
    ],
    [
        ("num", "8.|DATE OF THE NEXT MEETING"),
        ("text", "The next meeting of the Committee would be held on 7 December 2023 at 10.00 am."),
        ("gap", ""),
        ("gap", ""),
        ("text", "The meeting ended at 12.15 pm."),
        ("gap", ""),
        ("gap", ""),
        ("text", "Chairman ........................................"),
    ],
]


def fits(font, size, text, x):
    width = stringWidth(text, font, size)
    if x + width > RIGHT:
        sys.exit(f"line too wide ({x + width:.0f} > {RIGHT:.0f}): {text}")


def minutes(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Pension Fund Committee, 28 September 2023: minutes (fictional)")
    c.setAuthor("Ashbourne Vale County Council (fictional sample for minutes)")
    pages = len(PAGES)
    for number, lines in enumerate(PAGES, start=1):
        c.setFont(BODY, 9)
        fits(BODY, 9, RUNNING_HEADER, LEFT)
        c.drawString(LEFT, HEIGHT - 40, RUNNING_HEADER)
        c.line(LEFT, HEIGHT - 46, RIGHT, HEIGHT - 46)
        c.drawString(LEFT, 36, FOOTER_LEFT)
        c.drawRightString(RIGHT, 36, f"Page {number} of {pages}")
        y = HEIGHT - 80
        for style, text in lines:
            if style == "gap":
                y -= LEADING
                continue
            if style == "title":
                c.setFont("Helvetica-Bold", 13)
                c.drawCentredString(WIDTH / 2, y, text)
                y -= LEADING + 4
                continue
            if style == "num":
                num, title = text.split("|")
                c.setFont("Helvetica-Bold", SIZE)
                fits("Helvetica-Bold", SIZE, title, INDENT)
                c.drawString(LEFT, y, num)
                c.drawString(INDENT, y, title)
                y -= LEADING + 3
                continue
            x = LEFT if style == "header" else INDENT
            c.setFont(BODY, SIZE)
            fits(BODY, SIZE, text, x)
            c.drawString(x, y, text)
            y -= LEADING
            if y < 70:
                sys.exit(f"page {number} runs into the footer at: {text}")
        c.showPage()
    c.save()


def two_column(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setFont(BODY, SIZE)
    left = [
        "MINUTES of the meeting of the Cabinet held",
        "on 1 May 2023 at 2.00 pm at County Hall.",
        "",
        "1. LEFT COLUMN ITEM",
        "The left column begins here and goes on",
        "down the page in short lines of text that",
        "end at the gutter.",
    ]
    right = [
        "The right column starts at the top of the",
        "page, beside the left one, and continues",
        "its own sentence down the page until the",
        "column ends here.",
    ]
    gutter = WIDTH / 2 + 10
    y = HEIGHT - 90
    for i in range(max(len(left), len(right))):
        if i < len(left) and left[i]:
            fits(BODY, SIZE, left[i], LEFT)
            c.drawString(LEFT, y, left[i])
        if i < len(right):
            c.drawString(gutter, y, right[i])
        y -= LEADING
    c.showPage()
    c.save()


def decision_notice(path):
    """A decision notice laid out as a table: labels in one column, values in the next."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Decision details (fictional)")
    y = HEIGHT - 72
    c.setFont("Helvetica-Bold", 12)
    c.drawString(LEFT, y, "Decision details")
    y -= 24
    c.setFont("Helvetica-Bold", SIZE)
    c.drawString(LEFT, y, "Library Opening Hours: Winter Timetable 2024/25")
    y -= 24
    rows = [
        ("Decision Maker:", "Cabinet"),
        ("Decision status:", "Implemented"),
        ("Is Key decision?:", "No"),
        ("Is subject to call in?:", "Yes"),
        ("Date of decision:", "16/07/2024"),
        ("Decided at meeting:", "16/07/2024 - Cabinet"),
        ("Effective from:", "24/07/2024"),
    ]
    c.setFont(BODY, SIZE)
    for label, value in rows:
        c.drawString(LEFT, y, label)
        c.drawString(LEFT + 150, y, value)
        y -= LEADING + 2
    y -= LEADING
    for style, text in [
        ("bold", "Decision:"),
        ("text", "1. That the winter timetable for the borough’s nine libraries, with later opening on"),
        ("text", "Thursdays and no change to Saturday hours, be approved from 4 November 2024."),
        ("text", "2. That the Director of Communities reports on visitor numbers in April 2025."),
        ("gap", ""),
        ("bold", "Reasons for the decision:"),
        ("text", "Evening visits had grown by a fifth since the pilot at two branches in 2023."),
    ]:
        if style == "gap":
            y -= LEADING
            continue
        c.setFont("Helvetica-Bold" if style == "bold" else BODY, SIZE)
        fits(BODY, SIZE, text, LEFT)
        c.drawString(LEFT, y, text)
        y -= LEADING
    c.showPage()
    c.save()


def encrypted(path):
    secret = StandardEncryption("fictional-password", ownerPassword="fictional-owner", strength=128)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, encrypt=secret)
    c.setFont(BODY, SIZE)
    c.drawString(LEFT, HEIGHT - 90, "MINUTES of the meeting of the Cabinet held on 1 May 2023 at 2.00 pm.")
    c.drawString(LEFT, HEIGHT - 120, "1. APOLOGIES FOR ABSENCE")
    c.showPage()
    c.save()


def main():
    out = [
        (minutes, "sample-data/ashbourne-vale/2023/pension-fund-committee-2023-09-28-minutes.pdf"),
        (two_column, "Tests/Fixtures/pdf/two-column.pdf"),
        (decision_notice, "Tests/Fixtures/pdf/decision-notice.pdf"),
        (encrypted, "Tests/Fixtures/pdf/encrypted.pdf"),
    ]
    for make, relative in out:
        path = os.path.join(ROOT, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        make(path)
        print(relative)


if __name__ == "__main__":
    main()
