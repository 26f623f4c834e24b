import Foundation
import ParleyStore
import Testing

@testable import ParleyShell

/// Byte-exact goldens of `export` for the case ``ShellHarness/makeEvidenceCase()``
/// builds, exported at ``ShellHarness/exportNow``.
///
/// Some values depend on the machine and are filled in from the journal
/// itself, never from the export: `{zone}` (the time-zone id the journal
/// recorded: the test process's own), `{sha256}` (of the whole journal file),
/// `{last-hash}` (of its last line) and `{hash-N}` (of line N).
@Suite("Evidence: goldens of Markdown, CSV and JSON")
struct EvidenceGoldenTests {
  static let markdown = #"""
    # Evidence record: Acme & Sons

    This record was produced by parley. It is not legal advice.

    ## This version: the full record

    This is the full record, for your own file. It holds every journal entry, including those that show your own position in the negotiation (your cash flow, plan proposals, private notes and the warnings you went past). To give the record to a mediator or a court, export the version for sharing ('export --shared'), which leaves those out and says so.

    | | |
    |---|---|
    | Case | acme-sons |
    | Claimant | not set — run 'parley me' to add your name |
    | Client | Acme & Sons |
    | Contact | Sam Patel \<sam@acme.example\> |
    | Client is | a business |
    | Jurisdiction | England & Wales (gb-ewl) |
    | Currency | GBP |
    | Invoiced | £1,200.50 |
    | Paid | £700.25 |
    | Balance | £500.25 |
    | Generated | 2026-12-05T10:00:00Z ({zone}) |

    ## Journal

    - File: `acme-sons.jsonl`
    - SHA-256 of the whole file: `{sha256}`
    - Hash chain: intact: 12 lines, each chained to the one before by SHA-256; last line's hash {last-hash}
    - Entry hashes: each entry below carries the SHA-256 of its line in the journal file, without the line break, so anyone holding the journal can check it
    - To check entry N against the journal: `sed -n Np acme-sons.jsonl | tr -d '\n' | sha256sum`

    ## Exhibits

    Every contact whose full text is on record (letters, emails, messages), in the order they happened. The full texts are in the appendix at the end.

    | Exhibit | Date | What | Subject | Entry |
    |--:|---|---|---|--:|
    | 1 | 2026-10-08 (Thursday 8 October 2026) | Email sent to the client | first reminder | 4 |

    ## Invoices

    | Invoice | Amount | Issued | Due | Paid | Outstanding | Status |
    |---|--:|---|---|--:|--:|---|
    | INV-042 | £1,200.50 | 2026-09-01 | 2026-10-01 | £700.25 | £500.25 | 65 days overdue |

    ## Contacts

    In the order they happened: by day, then by entry number.

    ### 2026-10-08 (Thursday 8 October 2026): Email sent to the client

    - Entry 4, recorded 2026-10-21T08:15:00Z ({zone})
    - Journal line SHA-256: `{hash-4}`
    - On: 2026-10-08 (Thursday 8 October 2026)
    - Summary: first reminder
    - Full text: see Exhibit 1

    ### 2026-10-20 (Tuesday 20 October 2026): Phone call from the client

    - Entry 3, recorded 2026-10-20T17:30:00Z ({zone})
    - Journal line SHA-256: `{hash-3}`
    - On: 2026-10-20 (Tuesday 20 October 2026)
    - Summary: Sam called: cash is tight until December

    ### 2026-10-20 (Tuesday 20 October 2026): Letter sent to the client

    - Entry 5, recorded 2026-10-22T11:00:00Z ({zone})
    - Journal line SHA-256: `{hash-5}`
    - On: 2026-10-20 (Tuesday 20 October 2026)
    - Summary: posted a copy of the invoice

    ## Payments

    ### Entry 6: Payment received

    - Entry 6, recorded 2026-11-02T12:00:00Z ({zone})
    - Journal line SHA-256: `{hash-6}`
    - On: 2026-11-02 (Monday 2 November 2026)
    - Amount: £200.00
    - Summary: payment of £200.00 on 2 Nov 2026
    - **VOID**: cancelled by entry 8: entered twice by mistake

    ### Entry 7: Payment received

    - Entry 7, recorded 2026-11-03T09:00:00Z ({zone})
    - Journal line SHA-256: `{hash-7}`
    - On: 2026-11-02 (Monday 2 November 2026)
    - Amount: £200.00
    - Summary: payment of £200.00 on 2 Nov 2026

    ### Entry 12: Payment received

    - Entry 12, recorded 2026-12-01T15:00:00Z ({zone})
    - Journal line SHA-256: `{hash-12}`
    - On: 2026-12-01 (Tuesday 1 December 2026)
    - Amount: £500.25
    - Summary: payment of £500.25 on 1 Dec 2026

    ## Plans

    ### plan-1: running

    - Agreed 2026-11-12 (Thursday 12 November 2026) (entry 11)
    - Schedule: 2 × £500.25 from 1 Dec 2026; done by 4 Jan 2027

    | # | Due | Amount | Paid | Status on 2026-12-05 |
    |--:|---|--:|--:|---|
    | 1 | 2026-12-01 | £500.25 | £500.25 | paid |
    | 2 | 2027-01-04 | £500.25 | £0.00 | upcoming |

    ### Plan entries

    #### Entry 11: Payment plan agreed

    - Entry 11, recorded 2026-11-12T14:00:00Z ({zone})
    - Journal line SHA-256: `{hash-11}`
    - On: 2026-11-12 (Thursday 12 November 2026)
    - Summary: plan-1 agreed: 2 installments, £1,000.50 in all, finishing 4 Jan 2027
    - Plan: plan-1
    - Schedule: 2 × £500.25 from 1 Dec 2026; done by 4 Jan 2027

    ## Notes

    ### Entry 9: Note

    - Entry 9, recorded 2026-11-10T10:00:00Z ({zone})
    - Journal line SHA-256: `{hash-9}`
    - Summary: Sam asked for "a few weeks" \| we agreed to talk again

    ## Cash flow

    ### Entry 10: Cash flow noted

    - Entry 10, recorded 2026-11-10T10:05:00Z ({zone})
    - Journal line SHA-256: `{hash-10}`
    - Summary: cash flow noted (4 answers)
    - You need: £500.00
    - By: 2026-12-31 (Thursday 31 December 2026)
    - They can pay: £500.00 a month
    - From: 2026-12-01 (Tuesday 1 December 2026)

    ## Disputes and promises

    None.

    ## Escalation

    None.

    ## Warnings overridden

    None.

    ## Other entries

    None.

    ## Voided entries

    Voided entries stay in the journal and in this record, marked void.

    - Entry 6 (Payment received): payment of £200.00 on 2 Nov 2026. Voided by entry 8: entered twice by mistake

    ## Every journal entry

    | # | Recorded (UTC) | Time zone | Kind | What | Void | Journal line SHA-256 |
    |--:|---|---|---|---|---|---|
    | 1 | 2026-10-02T09:00:00Z | {zone} | Case opened | case opened for Acme & Sons (business, gb-ewl, GBP) |  | `{hash-1}` |
    | 2 | 2026-10-02T09:00:00Z | {zone} | Invoice added | invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026 |  | `{hash-2}` |
    | 3 | 2026-10-20T17:30:00Z | {zone} | Phone call from the client | phone from client on 20 Oct 2026: Sam called: cash is tight until December |  | `{hash-3}` |
    | 4 | 2026-10-21T08:15:00Z | {zone} | Email sent to the client | email to client on 8 Oct 2026: first reminder (Exhibit 1) |  | `{hash-4}` |
    | 5 | 2026-10-22T11:00:00Z | {zone} | Letter sent to the client | letter to client on 20 Oct 2026: posted a copy of the invoice |  | `{hash-5}` |
    | 6 | 2026-11-02T12:00:00Z | {zone} | Payment received | payment of £200.00 on 2 Nov 2026 | void (entry 8) | `{hash-6}` |
    | 7 | 2026-11-03T09:00:00Z | {zone} | Payment received | payment of £200.00 on 2 Nov 2026 |  | `{hash-7}` |
    | 8 | 2026-11-03T09:05:00Z | {zone} | Entry 6 voided | voided entry 6: entered twice by mistake |  | `{hash-8}` |
    | 9 | 2026-11-10T10:00:00Z | {zone} | Note | note: Sam asked for "a few weeks" \| we agreed to talk again |  | `{hash-9}` |
    | 10 | 2026-11-10T10:05:00Z | {zone} | Cash flow noted | cash flow noted (4 answers) |  | `{hash-10}` |
    | 11 | 2026-11-12T14:00:00Z | {zone} | Payment plan agreed | plan-1 agreed: 2 installments, £1,000.50 in all, finishing 4 Jan 2027 |  | `{hash-11}` |
    | 12 | 2026-12-01T15:00:00Z | {zone} | Payment received | payment of £500.25 on 1 Dec 2026 |  | `{hash-12}` |

    ## Appendix: exhibits

    ### Exhibit 1: Email sent to the client, 2026-10-08 (Thursday 8 October 2026)

    - Subject: first reminder
    - Entry 4

    ~~~~text
    Dear Sam,

    Invoice "INV-042" (£1,200.50) was due on 1 October.
    =HYPERLINK("http://example.com") is not a formula here.
    ~~~
    <b>Thanks</b> & regards,
    Alex
    ~~~~

    ---

    Generated by parley on 2026-12-05T10:00:00Z ({zone}). This record was produced by parley. It is not legal advice.
    """#

  /// The CSV records, each to end in CRLF; the full text keeps its own LF line breaks.
  static let csvRecords = [
    "seq,recorded_at,time_zone,type,title,on,channel,direction,amount,currency,summary,full_text,void,void_reason,hash,exhibit,superseded_by",
    #"1,2026-10-02T09:00:00Z,{zone},case.opened,Case opened,,,,,,"case opened for Acme & Sons (business, gb-ewl, GBP)",,no,,{hash-1},,"#,
    #"2,2026-10-02T09:00:00Z,{zone},invoice.added,Invoice added,,,,1200.50,GBP,"invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026",,no,,{hash-2},,"#,
    "3,2026-10-20T17:30:00Z,{zone},contact.logged,Phone call from the client,2026-10-20,phone,in,,,Sam called: cash is tight until December,,no,,{hash-3},,",
    #"4,2026-10-21T08:15:00Z,{zone},contact.logged,Email sent to the client,2026-10-08,email,out,,,first reminder,"Dear Sam,\#n\#nInvoice ""INV-042"" (£1,200.50) was due on 1 October.\#n=HYPERLINK(""http://example.com"") is not a formula here.\#n~~~\#n<b>Thanks</b> & regards,\#nAlex",no,,{hash-4},1,"#,
    "5,2026-10-22T11:00:00Z,{zone},contact.logged,Letter sent to the client,2026-10-20,letter,out,,,posted a copy of the invoice,,no,,{hash-5},,",
    "6,2026-11-02T12:00:00Z,{zone},payment.received,Payment received,2026-11-02,,,200.00,GBP,payment of £200.00 on 2 Nov 2026,,yes,entered twice by mistake,{hash-6},,",
    "7,2026-11-03T09:00:00Z,{zone},payment.received,Payment received,2026-11-02,,,200.00,GBP,payment of £200.00 on 2 Nov 2026,,no,,{hash-7},,",
    "8,2026-11-03T09:05:00Z,{zone},void,Entry 6 voided,,,,,,voided entry 6: entered twice by mistake,,no,,{hash-8},,",
    #"9,2026-11-10T10:00:00Z,{zone},note,Note,,,,,,"Sam asked for ""a few weeks"" | we agreed to talk again","Sam asked for ""a few weeks"" | we agreed to talk again",no,,{hash-9},,"#,
    "10,2026-11-10T10:05:00Z,{zone},cashflow.noted,Cash flow noted,,,,,,cash flow noted (4 answers),,no,,{hash-10},,",
    #"11,2026-11-12T14:00:00Z,{zone},plan.agreed,Payment plan agreed,2026-11-12,,,,,"plan-1 agreed: 2 installments, £1,000.50 in all, finishing 4 Jan 2027",,no,,{hash-11},,"#,
    "12,2026-12-01T15:00:00Z,{zone},payment.received,Payment received,2026-12-01,,,500.25,GBP,payment of £500.25 on 1 Dec 2026,,no,,{hash-12},,",
  ]

  static let json = #"""
    {
      "balance": {
        "amount": "500.25",
        "currency": "GBP"
      },
      "case": {
        "case_id": "acme-sons",
        "client": "Acme & Sons",
        "closed": null,
        "contact": "Sam Patel <sam@acme.example>",
        "currency": "GBP",
        "debtor_kind": "business",
        "earlier_names": [],
        "jurisdiction": "gb-ewl",
        "jurisdiction_name": "England & Wales",
        "status": "open"
      },
      "claimant": null,
      "contacts_in_time_order": [
        4,
        3,
        5
      ],
      "credit": {
        "amount": "0.00",
        "currency": "GBP"
      },
      "entries": [
        {
          "amount": null,
          "channel": null,
          "details": [],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-1}",
          "line": "case opened for Acme & Sons (business, gb-ewl, GBP)",
          "on": null,
          "recorded_at": "2026-10-02T09:00:00Z",
          "section": "opening",
          "seq": 1,
          "summary": "case opened for Acme & Sons (business, gb-ewl, GBP)",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Case opened",
          "type": "case_opened",
          "void": null
        },
        {
          "amount": {
            "amount": "1200.50",
            "currency": "GBP"
          },
          "channel": null,
          "details": [
            {
              "label": "invoice",
              "value": "INV-042"
            },
            {
              "label": "issued",
              "value": "2026-09-01 (Tuesday 1 September 2026)"
            },
            {
              "label": "due",
              "value": "2026-10-01 (Thursday 1 October 2026)"
            }
          ],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-2}",
          "line": "invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026",
          "on": null,
          "recorded_at": "2026-10-02T09:00:00Z",
          "section": "invoices",
          "seq": 2,
          "summary": "invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Invoice added",
          "type": "invoice_added",
          "void": null
        },
        {
          "amount": null,
          "channel": "phone",
          "details": [],
          "direction": "in",
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-3}",
          "line": "phone from client on 20 Oct 2026: Sam called: cash is tight until December",
          "on": "2026-10-20",
          "recorded_at": "2026-10-20T17:30:00Z",
          "section": "contacts",
          "seq": 3,
          "summary": "Sam called: cash is tight until December",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Phone call from the client",
          "type": "contact_logged",
          "void": null
        },
        {
          "amount": null,
          "channel": "email",
          "details": [],
          "direction": "out",
          "exhibit": 1,
          "full_text": "Dear Sam,\n\nInvoice \"INV-042\" (£1,200.50) was due on 1 October.\n=HYPERLINK(\"http://example.com\") is not a formula here.\n~~~\n<b>Thanks</b> & regards,\nAlex",
          "hash": "{hash-4}",
          "line": "email to client on 8 Oct 2026: first reminder",
          "on": "2026-10-08",
          "recorded_at": "2026-10-21T08:15:00Z",
          "section": "contacts",
          "seq": 4,
          "summary": "first reminder",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Email sent to the client",
          "type": "contact_logged",
          "void": null
        },
        {
          "amount": null,
          "channel": "letter",
          "details": [],
          "direction": "out",
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-5}",
          "line": "letter to client on 20 Oct 2026: posted a copy of the invoice",
          "on": "2026-10-20",
          "recorded_at": "2026-10-22T11:00:00Z",
          "section": "contacts",
          "seq": 5,
          "summary": "posted a copy of the invoice",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Letter sent to the client",
          "type": "contact_logged",
          "void": null
        },
        {
          "amount": {
            "amount": "200.00",
            "currency": "GBP"
          },
          "channel": null,
          "details": [],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-6}",
          "line": "payment of £200.00 on 2 Nov 2026",
          "on": "2026-11-02",
          "recorded_at": "2026-11-02T12:00:00Z",
          "section": "payments",
          "seq": 6,
          "summary": "payment of £200.00 on 2 Nov 2026",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Payment received",
          "type": "payment_received",
          "void": {
            "reason": "entered twice by mistake",
            "voided_by": 8
          }
        },
        {
          "amount": {
            "amount": "200.00",
            "currency": "GBP"
          },
          "channel": null,
          "details": [],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-7}",
          "line": "payment of £200.00 on 2 Nov 2026",
          "on": "2026-11-02",
          "recorded_at": "2026-11-03T09:00:00Z",
          "section": "payments",
          "seq": 7,
          "summary": "payment of £200.00 on 2 Nov 2026",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Payment received",
          "type": "payment_received",
          "void": null
        },
        {
          "amount": null,
          "channel": null,
          "details": [
            {
              "label": "voids entry",
              "value": "6"
            },
            {
              "label": "reason",
              "value": "entered twice by mistake"
            }
          ],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-8}",
          "line": "voided entry 6: entered twice by mistake",
          "on": null,
          "recorded_at": "2026-11-03T09:05:00Z",
          "section": "voids",
          "seq": 8,
          "summary": "voided entry 6: entered twice by mistake",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Entry 6 voided",
          "type": "void",
          "void": null
        },
        {
          "amount": null,
          "channel": null,
          "details": [],
          "direction": null,
          "exhibit": null,
          "full_text": "Sam asked for \"a few weeks\" | we agreed to talk again",
          "hash": "{hash-9}",
          "line": "note: Sam asked for \"a few weeks\" | we agreed to talk again",
          "on": null,
          "recorded_at": "2026-11-10T10:00:00Z",
          "section": "notes",
          "seq": 9,
          "summary": "Sam asked for \"a few weeks\" | we agreed to talk again",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Note",
          "type": "note",
          "void": null
        },
        {
          "amount": null,
          "channel": null,
          "details": [
            {
              "label": "you need",
              "value": "£500.00"
            },
            {
              "label": "by",
              "value": "2026-12-31 (Thursday 31 December 2026)"
            },
            {
              "label": "they can pay",
              "value": "£500.00 a month"
            },
            {
              "label": "from",
              "value": "2026-12-01 (Tuesday 1 December 2026)"
            }
          ],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-10}",
          "line": "cash flow noted (4 answers)",
          "on": null,
          "recorded_at": "2026-11-10T10:05:00Z",
          "section": "cash_flow",
          "seq": 10,
          "summary": "cash flow noted (4 answers)",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Cash flow noted",
          "type": "cashflow_noted",
          "void": null
        },
        {
          "amount": null,
          "channel": null,
          "details": [
            {
              "label": "plan",
              "value": "plan-1"
            },
            {
              "label": "schedule",
              "value": "2 × £500.25 from 1 Dec 2026; done by 4 Jan 2027"
            }
          ],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-11}",
          "line": "plan-1 agreed: 2 installments, £1,000.50 in all, finishing 4 Jan 2027",
          "on": "2026-11-12",
          "recorded_at": "2026-11-12T14:00:00Z",
          "section": "plans",
          "seq": 11,
          "summary": "plan-1 agreed: 2 installments, £1,000.50 in all, finishing 4 Jan 2027",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Payment plan agreed",
          "type": "plan_agreed",
          "void": null
        },
        {
          "amount": {
            "amount": "500.25",
            "currency": "GBP"
          },
          "channel": null,
          "details": [],
          "direction": null,
          "exhibit": null,
          "full_text": null,
          "hash": "{hash-12}",
          "line": "payment of £500.25 on 1 Dec 2026",
          "on": "2026-12-01",
          "recorded_at": "2026-12-01T15:00:00Z",
          "section": "payments",
          "seq": 12,
          "summary": "payment of £500.25 on 1 Dec 2026",
          "superseded_by": null,
          "time_zone": "{zone}",
          "title": "Payment received",
          "type": "payment_received",
          "void": null
        }
      ],
      "exhibits": [
        {
          "number": 1,
          "on": "2026-10-08",
          "seq": 4,
          "subject": "first reminder",
          "title": "Email sent to the client"
        }
      ],
      "generated_at": "2026-12-05T10:00:00Z",
      "invoiced": {
        "amount": "1200.50",
        "currency": "GBP"
      },
      "invoices": [
        {
          "amount": {
            "amount": "1200.50",
            "currency": "GBP"
          },
          "days_overdue": 65,
          "due": "2026-10-01",
          "issued": "2026-09-01",
          "number": "INV-042",
          "outstanding": {
            "amount": "500.25",
            "currency": "GBP"
          },
          "paid": {
            "amount": "700.25",
            "currency": "GBP"
          },
          "seq": 2,
          "settled": false
        }
      ],
      "journal": {
        "broken_line": null,
        "file": "acme-sons.jsonl",
        "intact": true,
        "last_hash": "{last-hash}",
        "line_count": 12,
        "problem": null,
        "sha256": "{sha256}"
      },
      "notice": "This record was produced by parley. It is not legal advice.",
      "paid": {
        "amount": "700.25",
        "currency": "GBP"
      },
      "plans": [
        {
          "agreed_on": "2026-11-12",
          "agreed_seq": 11,
          "cancellation": null,
          "installments": [
            {
              "amount": {
                "amount": "500.25",
                "currency": "GBP"
              },
              "due": "2026-12-01",
              "number": 1,
              "paid": {
                "amount": "500.25",
                "currency": "GBP"
              },
              "status": "paid"
            },
            {
              "amount": {
                "amount": "500.25",
                "currency": "GBP"
              },
              "due": "2027-01-04",
              "number": 2,
              "paid": {
                "amount": "0.00",
                "currency": "GBP"
              },
              "status": "upcoming"
            }
          ],
          "late_charges": null,
          "plan_id": "plan-1",
          "revisions": [],
          "schedule": "2 × £500.25 from 1 Dec 2026; done by 4 Jan 2027",
          "status": "running"
        }
      ],
      "schema_version": 1,
      "time_zone": "{zone}",
      "version": {
        "heading": "This version: the full record",
        "included_entries": 12,
        "journal_entries": 12,
        "left_out": [],
        "name": "full",
        "statement": "This is the full record, for your own file. It holds every journal entry, including those that show your own position in the negotiation (your cash flow, plan proposals, private notes and the warnings you went past). To give the record to a mediator or a court, export the version for sharing ('export --shared'), which leaves those out and says so."
      }
    }
    """#

  /// The machine-dependent values, read from the journal file itself.
  struct JournalFacts {
    let zone: String
    let sha256: String
    let lastHash: String
    /// The SHA-256 of each line, in order: `{hash-N}` is line N's.
    let lineHashes: [String]

    init(_ journal: Data) throws {
      let lines = journal.split(separator: 0x0A)
      let first = try #require(lines.first)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any])
      zone = try #require(object["tz"] as? String)
      sha256 = SHA256.hexHash(journal)
      lastHash = SHA256.hexHash(try #require(lines.last))
      lineHashes = lines.map { SHA256.hexHash($0) }
    }

    /// `golden` with the placeholders filled in; `zone` as it is written there.
    func fill(_ golden: String, zone written: String? = nil) -> String {
      var filled = golden.replacingOccurrences(of: "{zone}", with: written ?? zone)
        .replacingOccurrences(of: "{sha256}", with: sha256)
        .replacingOccurrences(of: "{last-hash}", with: lastHash)
      for (index, hash) in lineHashes.enumerated() {
        filled = filled.replacingOccurrences(of: "{hash-\(index + 1)}", with: hash)
      }
      return filled
    }
  }

  /// Builds the case and exports it in `format` to standard output.
  private static func export(_ format: String) throws -> (text: String, facts: JournalFacts) {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    let journal = harness.journal("acme-sons")
    let run = try harness.oneShot(
      ["export", "--case", "acme", format], at: ShellHarness.exportNow)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "nothing to say on standard error: \(run.stderr)")
    #expect(harness.journal("acme-sons") == journal, "the export changed the journal")
    return (run.stdout, try JournalFacts(journal))
  }

  @Test("Markdown, byte for byte")
  func markdownGolden() throws {
    let (text, facts) = try Self.export("--markdown")
    // Markdown escapes the underscore some zone ids have (America/Los_Angeles).
    let zone = facts.zone.replacingOccurrences(of: "_", with: "\\_")
    #expect(text == facts.fill(Self.markdown + "\n", zone: zone))
  }

  @Test("CSV, byte for byte: CRLF records, one per journal entry")
  func csvGolden() throws {
    let (text, facts) = try Self.export("--csv")
    #expect(text == facts.fill(Self.csvRecords.map { $0 + "\r\n" }.joined()))
  }

  @Test("JSON, byte for byte")
  func jsonGolden() throws {
    let (text, facts) = try Self.export("--json")
    #expect(text == facts.fill(Self.json + "\n"))
  }

  @Test("the same export twice is the same bytes")
  func exportIsStable() throws {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    for format in ["--markdown", "--html", "--csv", "--json"] {
      let words = ["export", "--case", "acme", format]
      let first = try harness.oneShot(words, at: ShellHarness.exportNow)
      let second = try harness.oneShot(words, at: ShellHarness.exportNow)
      #expect(first.status == .success && !first.stdout.isEmpty, "\(format): \(first.stderr)")
      #expect(first.stdout == second.stdout, "\(format) differs between two runs")
    }
  }
}
