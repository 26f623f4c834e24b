"""Writes the mail fixtures in Tests/Fixtures/Mail with Python's own email package.

The files are written by a mail library that shares no code with ParleyKit's
reader, so the fixture tests check the reader against an independent writer.
Everything that could vary (dates, boundaries, message ids, mbox From lines)
is fixed, so running this again writes the same bytes.
Standard library only.
"""

import datetime
import json
import mailbox
import os
import sys
import time
from email import policy
from email.charset import BASE64, Charset
from email.mime.text import MIMEText
from email.policy import compat32
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

LF = policy.default.clone(linesep="\n", max_line_length=78)
CRLF = policy.default.clone(linesep="\r\n", max_line_length=78)


def when(year, month, day, hour, minute, offset_hours=0):
    zone = datetime.timezone(datetime.timedelta(hours=offset_hours))
    return datetime.datetime(year, month, day, hour, minute, 0, tzinfo=zone)


def iso_utc(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fix_boundaries(message, name):
    """Gives every multipart a fixed boundary, numbered in walk order."""
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=={name}-boundary-{number + 1}==")


def base(subject, sender, moment, number, message_policy=LF):
    message = EmailMessage(policy=message_policy)
    message["From"] = sender
    message["To"] = "Sam Baker <sam@bakerdesign.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = f"<fixture-{number}@mail.example>"
    return message


def mixed_alternative():
    moment = when(2026, 11, 3, 9, 30, 1)
    message = base(
        "Re: Rechnung März – Zahlung", "Jürgen Müller <juergen@mueller-gmbh.example>", moment, 1
    )
    message.set_content(
        "Hallo Sam,\n\nthe payment for invoice 1042 goes out on Friday.\nGrüße, Jürgen\n",
        cte="quoted-printable",
    )
    message.add_alternative(
        "<html><body><p>Hallo Sam,</p><p>the payment for invoice 1042 goes out on"
        " <b>Friday</b>.</p></body></html>\n",
        subtype="html",
    )
    message.make_mixed()
    message.add_attachment(
        b"%PDF-1.4 fixture\n",
        maintype="application",
        subtype="pdf",
        filename="Überweisung März €.pdf",
    )
    fix_boundaries(message, "mixed")
    return message, moment, "goes out on Friday", ["Überweisung März €.pdf"]


def latin1_base64():
    # The compat32 API keeps ISO-8859-1 encoded words as written; the default
    # policy would re-encode them as UTF-8.
    moment = when(2026, 11, 10, 14, 5, -5)
    charset = Charset("iso-8859-1")
    charset.body_encoding = BASE64
    message = MIMEText(
        "Bonjour,\nnous réglerons la facture à la fin du mois.\nHélène\n", "plain", charset
    )
    message.policy = compat32.clone(linesep="\r\n")
    message["From"] = Header("Hélène Côté", "iso-8859-1").encode() + " <helene@cote-conseil.example>"
    message["To"] = "Sam Baker <sam@bakerdesign.example>"
    message["Subject"] = Header("Réponse: facture n° 88, délai", "iso-8859-1")
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = "<fixture-2@mail.example>"
    return message, moment, "nous réglerons la facture", []


def windows_1252():
    moment = when(2026, 11, 12, 16, 45, 0)
    message = base("Invoice query", "Pat O'Neill <pat@oneill.example>", moment, 3)
    message.set_content(
        "Hi Sam,\n\nWe’ve got \u201cinvoice 77\u201d for €1,250 on file.\nPat\n",
        charset="windows-1252",
        cte="quoted-printable",
    )
    return message, moment, "We’ve got \u201cinvoice 77\u201d for €1,250", []


def html_only():
    moment = when(2026, 11, 14, 8, 0, 11)
    message = base("Remittance advice", "Accounts <accounts@bigcorp.example>", moment, 4)
    message.set_content(
        "<html><head><title>Remittance</title></head><body>"
        "<p>Dear supplier,</p><p>Payment of <b>AUD 3,300.00</b> was scheduled today.</p>"
        "</body></html>\n",
        subtype="html",
    )
    return message, moment, "was scheduled today", []


def long_header():
    moment = when(2026, 11, 20, 23, 15, -8)
    subject = (
        "Following up on the outstanding balance for the October retainer and the"
        " two change requests we discussed on the phone last week"
    )
    message = base(subject, "Lee Chen <lee@chen-studio.example>", moment, 5)
    message.set_content("Hi Sam,\n\nCould you resend the statement of account?\nLee\n")
    return message, moment, "resend the statement of account", [], subject


def obsolete_date():
    # Written by hand: a two-digit year and a named zone, as old mailers did.
    text = (
        "From: Old Mailer <old@legacy.example>\n"
        "To: sam@bakerdesign.example\n"
        "Subject: Cheque in the post\n"
        "Date: 4 Dec 26 10:15 EST\n"
        "Message-ID: <fixture-6@mail.example>\n"
        "\n"
        "The cheque was posted this morning.\n"
    )
    moment = when(2026, 12, 4, 10, 15, -5)
    return text.encode("ascii"), moment, "cheque was posted this morning"


def mbox_messages():
    first_moment = when(2026, 10, 1, 9, 0, 0)
    first = base("Invoice 2001", "Sam Baker <sam@bakerdesign.example>", first_moment, 7)
    first.set_content("Hello,\n\nPlease find invoice 2001 for the September work.\nSam\n")

    second_moment = when(2026, 10, 15, 12, 30, 2)
    second = base("Re: Invoice 2001", "Kim Weber <kim@weber.example>", second_moment, 8)
    second.set_content(
        "Hi Sam,\n\nThanks for the reminder.\n"
        "From our side the invoice is approved for payment.\nKim\n"
    )

    third_moment = when(2026, 10, 20, 17, 5, 0)
    third = base("Remittance 2001", "Kim Weber <kim@weber.example>", third_moment, 9)
    third.set_content("Paid in full today, see the attached advice.\n")
    third.add_attachment(
        b"date,amount\n2026-10-20,1200.00\n",
        maintype="text",
        subtype="csv",
        filename="remittance-2001.csv",
    )
    fix_boundaries(third, "mbox3")
    return [
        (first, first_moment, "invoice 2001 for the September work", []),
        (second, second_moment, "From our side the invoice is approved", []),
        (third, third_moment, "Paid in full today", ["remittance-2001.csv"]),
    ]


def entry(name, number, subject, sender, moment, phrase, attachments):
    return {
        "file": name,
        "message": number,
        "subject": subject,
        "from": sender,
        "date": iso_utc(moment),
        "phrase": phrase,
        "attachments": attachments,
    }


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(root, "Tests", "Fixtures", "Mail")
    os.makedirs(folder, exist_ok=True)
    expected = []

    def write(name, message, subject, sender, moment, phrase, attachments):
        with open(os.path.join(folder, name), "wb") as out:
            out.write(message.as_bytes())
        expected.append(entry(name, None, subject, sender, moment, phrase, attachments))

    message, moment, phrase, names = mixed_alternative()
    write("mixed-alternative.eml", message, "Re: Rechnung März – Zahlung",
          "juergen@mueller-gmbh.example", moment, phrase, names)
    message, moment, phrase, names = latin1_base64()
    write("latin1-base64-crlf.eml", message, "Réponse: facture n° 88, délai",
          "helene@cote-conseil.example", moment, phrase, names)
    message, moment, phrase, names = windows_1252()
    write("windows-1252.eml", message, "Invoice query", "pat@oneill.example", moment,
          phrase, names)
    message, moment, phrase, names = html_only()
    write("html-only.eml", message, "Remittance advice", "accounts@bigcorp.example", moment,
          phrase, names)
    message, moment, phrase, names, subject = long_header()
    write("long-header.eml", message, subject, "lee@chen-studio.example", moment, phrase,
          names)

    raw, moment, phrase = obsolete_date()
    with open(os.path.join(folder, "obsolete-date.eml"), "wb") as out:
        out.write(raw)
    expected.append(entry("obsolete-date.eml", None, "Cheque in the post", "old@legacy.example",
                          moment, phrase, []))

    path = os.path.join(folder, "thunderbird.mbox")
    if os.path.exists(path):
        os.remove(path)
    box = mailbox.mbox(path, create=True)
    box.lock()
    senders = ["sam@bakerdesign.example", "kim@weber.example", "kim@weber.example"]
    for number, (message, moment, phrase, names) in enumerate(mbox_messages(), start=1):
        stored = mailbox.mboxMessage(message)
        stored.set_from(senders[number - 1], moment.astimezone(datetime.timezone.utc).timetuple())
        box.add(stored)
        expected.append(entry("thunderbird.mbox", number, str(message["Subject"]),
                              senders[number - 1], moment, phrase, names))
    box.flush()
    box.unlock()
    box.close()

    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    sys.exit(main())
