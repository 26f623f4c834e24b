"""Writes the mail fixtures in Tests/Fixtures/Mail with Python's own email package.

The files are written by a mail library that shares no code with ParleyKit's
reader, so the fixture tests check the reader against an independent writer.
Besides single .eml files and an mbox from Python's mailbox module, it writes
mailboxes in the forms real mail programs export: a Thunderbird local folder,
a Google Takeout mbox, an Apple Mail export folder and a Maildir, each holding
one small unpaid-invoice thread. Everything that could vary (dates,
boundaries, message ids, separator lines, file names) is fixed, so running
this again writes the same bytes. expected.json says what each message holds.
Standard library only.
"""

import copy
import datetime
import json
import mailbox
import os
import re
import shutil
import struct
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


def when(year, month, day, hour, minute, offset_hours=0, second=0):
    zone = datetime.timezone(datetime.timedelta(hours=offset_hours))
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=zone)


def iso_utc(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fix_boundaries(message, name, style="=={name}-boundary-{number}=="):
    """Gives every multipart a fixed boundary, numbered in walk order.

    A message/rfc822 part also counts as multipart to Python, but takes no
    boundary, so only multipart/* parts are numbered.
    """
    parts = (p for p in message.walk() if p.get_content_maintype() == "multipart")
    for number, part in enumerate(parts):
        part.set_boundary(style.format(name=name, number=number + 1))


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


# ---------------------------------------------------------------------------
# Exports of real mail programs.
#
# The four mailboxes below hold one small unpaid-invoice thread each, between
# the freelancer Sam Baker <sam@bakerdesign.example> and a client, in the
# format a real mail program exports. The messages themselves are written by
# Python's email package; the container around them (separator lines, the
# program's own header fields, line ends, escaping, folder layout) is written
# here as the program writes it, from the sources named at each function.
# ---------------------------------------------------------------------------

SAM = "Sam Baker <sam@bakerdesign.example>"


def compose(fields, message_policy=LF):
    """A message whose header fields come in the order given, as each mailer orders them."""
    message = EmailMessage(policy=message_policy)
    for name, value in fields:
        message[name] = value
    return message


def flowed(text, width=72, delete_space=False):
    """Writes `text` as format=flowed (RFC 3676 section 4.2), as a sending mailer does.

    Python's email package has no flowed writer, so this follows the RFC:
    lines of `text` are paragraphs; each is wrapped at `width` with a soft
    break (a trailing space) after every piece but the last. A paragraph that
    starts with a space, ">" or "From " is space-stuffed. Lines starting with
    ">" are quoted: the quote marks are kept, a space (stuffing) follows them,
    and the rest is wrapped like any paragraph. The signature separator "-- "
    is written as it is. With `delete_space` (DelSp=yes) a space is added
    before each soft break, which the reader deletes, so a long word such as a
    link may be broken anywhere.
    """
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content[1:] if content.startswith(" ") else content
            prefix = ">" * depth + " "
        else:
            needs_stuffing = content.startswith((" ", ">", "From "))
            prefix = " " if needs_stuffing else ""
        content = content.rstrip(" ")
        if not content:
            out.append(prefix.rstrip(" "))
            continue
        room = width - len(prefix)
        pieces = re.findall(r"[^ ]+ *| +", content)
        current = ""
        for piece in pieces:
            while delete_space and len(piece.rstrip(" ")) > room - 1:
                # DelSp=yes lets a word longer than a line break anywhere.
                if current:
                    out.append(prefix + current + " ")
                    current = ""
                out.append(prefix + piece[: room - 1] + " ")
                piece = piece[room - 1 :]
            if current and len(current) + len(piece.rstrip(" ")) > room:
                out.append(prefix + current + (" " if delete_space else ""))
                current = ""
            current += piece
        out.append(prefix + current.rstrip(" "))
    return "\n".join(out) + "\n"


def message_ids(value):
    return re.findall(r"<([^>]+)>", value or "")


def asctime(moment):
    """The date of a traditional mbox From line: `Thu Oct 15 10:30:00 2026`, day padded with a space."""
    return moment.strftime("%a %b ") + f"{moment.day:2d}" + moment.strftime(" %H:%M:%S %Y")


def mboxo_escaped(raw):
    """Body lines starting with "From " get a ">" (mboxo), so none reads as a separator."""
    return re.sub(rb"(?m)^From ", b">From ", raw)


class Mail:
    """One fixture message and what its reader must find in it."""

    def __init__(self, message, moment, phrase, attachments=()):
        self.message = message
        self.moment = moment
        self.phrase = phrase
        self.attachments = list(attachments)

    @property
    def sender(self):
        return self.message["From"].addresses[0].addr_spec

    def expectation(self, name, number):
        # Python writes a message id too long for one header line as encoded
        # words, which no mailer does; the ids here are short enough not to be.
        raw = self.message.as_bytes()
        for field in ("Message-ID", "In-Reply-To"):
            for message_id in message_ids(self.message[field]):
                assert f"<{message_id}>".encode("ascii") in raw, (field, message_id)
        result = entry(name, number, str(self.message["Subject"]), self.sender, self.moment,
                       self.phrase, self.attachments)
        result["messageID"] = message_ids(self.message["Message-ID"])[0]
        result["inReplyTo"] = message_ids(self.message["In-Reply-To"])
        return result


def pdf(name):
    """A tiny stand-in PDF: the bytes do not matter to the reader, only the part's name."""
    return (b"%PDF-1.4\n% " + name.encode("ascii") + b"\n%%EOF\n", "application", "pdf")


# Thunderbird ----------------------------------------------------------------
#
# A Thunderbird local folder (Mail/Local Folders/<name>, no extension) is one
# mbox file. What Thunderbird writes:
#   - each message starts with "From - " and the date it was stored in ctime
#     form, local time, never the sender (a Linux folder quoted in
#     import-export-tools-ng issue 460: "From - Sat Apr  6 20:13:31 2013", a
#     one-digit day padded with a space);
#   - then its own fields, as comm-central's
#     mailnews/base/src/nsMsgLocalFolderHdrs.h defines them:
#     "X-Mozilla-Status: %4.4x" (nsMsgMessageFlags: 0x0001 read, 0x0002
#     replied), "X-Mozilla-Status2: %8.8x", and "X-Mozilla-Keys: " followed
#     by 80 spaces of room for tags ("room to set a bunch of keywords before
#     we have to rewrite the rest of the message"), so a tag is written over
#     the start of that room;
#   - then the message as sent or received, a blank line after it;
#   - body lines starting with "From " are stored as ">From " in local
#     folders (mivk/tb_imap2local: "a line starting with eg. 'From now on,
#     ...' in an email is written as '>From now on, ...' in the file"), and
#     nothing more (mboxo);
#   - line ends are the platform's: LF on Linux and macOS, written here.
# Thunderbird sends plain text as format=flowed (mailnews.send_plaintext_flowed),
# wrapped at 72 characters (mailnews.wraplength).

THUNDERBIRD_KEYS_ROOM = 80


def thunderbird_sent(fields, text, attachment=None):
    message = compose(fields)
    message.set_content(flowed(text), charset="utf-8", cte="8bit", params={"format": "flowed"})
    if attachment:
        data, maintype, subtype = pdf(attachment)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment)
    fix_boundaries(message, "", "------------0aB1cD2eF3gH4iJ5kL6mN7o{number}")
    return message


def thunderbird_messages():
    first_moment = when(2026, 10, 15, 10, 30, 1)
    first = thunderbird_sent(
        [
            ("Message-ID", "<5f1c9a2e-7b3d-4c8a-9e60-1d2b3c4a5e6f@bakerdesign.example>"),
            ("Date", format_datetime(first_moment)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("To", "Dana Whitfield <ap@harbourco.example>"),
            ("From", SAM),
            ("Subject", "Invoice INV-2026-031 for the October product photography"),
        ],
        "Hello Dana,\n\n"
        "Please find attached invoice INV-2026-031 for the product photography we shot"
        " at your studio on 8 and 9 October, £1,840.00 in total. Payment is due within"
        " 30 days, by 14 November 2026.\n\n"
        "The bank details are on the invoice. Thank you again for having me at the"
        " studio.\n\n"
        "Best wishes,\nSam\n\n-- \nSam Baker · Baker Design\nsam@bakerdesign.example",
        attachment="INV-2026-031.pdf",
    )

    second_moment = when(2026, 11, 3, 16, 12, 0)
    second = compose([
        ("Return-Path", "<ap@harbourco.example>"),
        ("Delivered-To", "sam@bakerdesign.example"),
        ("Received", "from mail.harbourco.example (mail.harbourco.example [192.0.2.25])"
                     " by mx.bakerdesign.example with ESMTPS id 4Lq9x2; Tue, 03 Nov 2026"
                     " 16:12:07 +0000"),
        ("From", "Dana Whitfield <ap@harbourco.example>"),
        ("To", SAM),
        ("Subject", "RE: Invoice INV-2026-031 for the October product photography"),
        ("Thread-Topic", "Invoice INV-2026-031 for the October product photography"),
        ("Thread-Index", "AdsOYQ3hk1m2n3o4p5q6r7s8t9u0vw=="),
        ("Date", format_datetime(second_moment)),
        ("Message-ID", "<AM6PR03MB41F2C8@AM6PR03MB41.eurprd03.prod.outlook.example>"),
        ("References", "<5f1c9a2e-7b3d-4c8a-9e60-1d2b3c4a5e6f@bakerdesign.example>"),
        ("In-Reply-To", "<5f1c9a2e-7b3d-4c8a-9e60-1d2b3c4a5e6f@bakerdesign.example>"),
    ])
    # An Outlook reply: plain and HTML alternatives, the quoted message below
    # an Outlook "From:/Sent:" block, and a body line that starts with "From ".
    second.set_content(
        "Hi Sam,\n\n"
        "Thanks for the invoice, and sorry for the slow reply.\n"
        "From this month our supplier payments go out on the 20th, so INV-2026-031\n"
        "is in the 20 November payment run.\n\n"
        "Kind regards,\nDana Whitfield\nAccounts Payable, Harbour & Co\n\n"
        "From: Sam Baker <sam@bakerdesign.example>\n"
        "Sent: 15 October 2026 10:30\n"
        "To: Dana Whitfield <ap@harbourco.example>\n"
        "Subject: Invoice INV-2026-031 for the October product photography\n\n"
        "Hello Dana,\n\n"
        "Please find attached invoice INV-2026-031 for the product photography we shot\n"
        "at your studio on 8 and 9 October, £1,840.00 in total.\n",
        charset="utf-8", cte="8bit",
    )
    second.add_alternative(
        "<html><body><p>Hi Sam,</p><p>Thanks for the invoice, and sorry for the slow reply."
        "<br>From this month our supplier payments go out on the 20th, so INV-2026-031 is in"
        " the 20 November payment run.</p><p>Kind regards,<br>Dana Whitfield</p></body></html>\n",
        subtype="html",
    )
    fix_boundaries(second, "harbour", "_000_AM6PR03MB41F2C8AM6PR03MB41eurp_{number}_")

    third_moment = when(2026, 11, 21, 9, 5, 0)
    third = thunderbird_sent(
        [
            ("Message-ID", "<0b7e4d21-93c8-4f5a-b6e2-7c1d8a9f3e50@bakerdesign.example>"),
            ("Date", format_datetime(third_moment)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", "Re: Invoice INV-2026-031 for the October product photography"),
            ("To", "Dana Whitfield <ap@harbourco.example>"),
            ("References", "<5f1c9a2e-7b3d-4c8a-9e60-1d2b3c4a5e6f@bakerdesign.example>"
                           " <AM6PR03MB41F2C8@AM6PR03MB41.eurprd03.prod.outlook.example>"),
            ("From", SAM),
            ("In-Reply-To", "<AM6PR03MB41F2C8@AM6PR03MB41.eurprd03.prod.outlook.example>"),
        ],
        "Hello Dana,\n\n"
        "I hope you are well. I could not see INV-2026-031 (£1,840.00) in yesterday's"
        " payment run, and it is now a week past its due date of 14 November. Could you"
        " check whether it was held back, and let me know when it will be paid?\n\n"
        "Best wishes,\nSam\n\n"
        "On 03/11/2026 16:12, Dana Whitfield wrote:\n"
        "> Hi Sam,\n>\n"
        "> Thanks for the invoice, and sorry for the slow reply.\n"
        "> From this month our supplier payments go out on the 20th, so INV-2026-031 is"
        " in the 20 November payment run.\n"
        ">\n> Kind regards,\n> Dana Whitfield\n\n"
        "-- \nSam Baker · Baker Design\nsam@bakerdesign.example",
    )
    return [
        # (message, stored at, X-Mozilla-Status, tags)
        (Mail(first, first_moment,
              "Payment is due within 30 days, by 14 November 2026", ["INV-2026-031.pdf"]),
         first_moment, 0x0001, ""),
        (Mail(second, second_moment, "From this month our supplier payments go out on the 20th"),
         when(2026, 11, 3, 16, 12, second=41), 0x0003, "$label1"),
        (Mail(third, third_moment, "it is now a week past its due date of 14 November"),
         third_moment, 0x0001, ""),
    ]


def write_thunderbird(path):
    out = b""
    mails = []
    for mail, stored, status, tags in thunderbird_messages():
        out += ("From - " + asctime(stored) + "\n").encode("ascii")
        out += f"X-Mozilla-Status: {status:04x}\n".encode("ascii")
        out += f"X-Mozilla-Status2: {0:08x}\n".encode("ascii")
        out += ("X-Mozilla-Keys: " + tags.ljust(THUNDERBIRD_KEYS_ROOM) + "\n").encode("ascii")
        out += mboxo_escaped(mail.message.as_bytes(policy=LF)) + b"\n"
        mails.append(mail)
    with open(path, "wb") as file:
        file.write(out)
    return mails


# Google Takeout ---------------------------------------------------------------
#
# Gmail in Google Takeout is one mbox, "All mail Including Spam and
# Trash.mbox". What it holds, from published Takeout files (e.g. the head of
# one quoted in a 2020 write-up: "From 1669160939957813740@xxx Thu Jun 11
# 00:38:38 +0000 2020", "X-GM-THRID: ...", "X-Gmail-Labels:
# Archived,Important,Opened,Category Updates,jobs") and tools that read them:
#   - the separator is "From <message id>@xxx <date> +0000 <year>": the
#     decimal Gmail message id (its high bits are the time in milliseconds,
#     shifted left 20), the day zero-padded, the zone before the year;
#   - X-GM-THRID (the thread's id: the id of its first message) and
#     X-Gmail-Labels (comma-separated, system labels such as Inbox, Opened,
#     Sent, Category Personal) come first, before the message as Gmail stores it;
#   - every line ends in CRLF, the separator too ("Google outputs the mbox in
#     DOS-style with CRLF line terminators", vivdiwakar/GSuite's reader);
#   - body lines starting with "From " get a ">" (a Thunderbird add-on
#     author's test of a Gmail export, import-export-tools-ng issue 145);
#     none of these messages has a line starting ">From ", so mboxo and mboxrd
#     write the same bytes here;
#   - a blank line follows each message.
# Gmail itself sends multipart/alternative (text and HTML) for every message.

def gmail_id(moment, low_bits):
    milliseconds = int(moment.timestamp()) * 1000
    return (milliseconds << 20) | low_bits


def gmail_sent(fields, text, html, attachment=None):
    message = compose(fields, CRLF)
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    if attachment:
        message.make_mixed()
        data, maintype, subtype = pdf(attachment)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment)
    return message


def takeout_messages():
    first_moment = when(2026, 10, 1, 10, 4, 1)
    first = gmail_sent(
        [
            ("MIME-Version", "1.0"),
            ("From", SAM),
            ("Date", format_datetime(first_moment)),
            ("Message-ID", "<CAPr7wN4k1Lz9dQe3xT0bVm8sYh2uJf5gRa6cWo1@mail.gmail.com>"),
            ("Subject", "Invoice INV-2026-027 – brand guidelines"),
            ("To", "Alex Rivera <finance@lumenstudio.example>"),
        ],
        "Hi Alex,\n\nAttached is invoice INV-2026-027 for the brand guidelines, £2,400.00,"
        " due by 31 October 2026.\n\nThanks,\nSam\n",
        '<div dir="ltr">Hi Alex,<div><br></div><div>Attached is invoice INV-2026-027 for the'
        " brand guidelines, £2,400.00, due by 31 October 2026.</div><div><br></div>"
        "<div>Thanks,</div><div>Sam</div></div>\n",
        attachment="INV-2026-027.pdf",
    )
    fix_boundaries(first, "takeout1", "00000000000062b1c4f0{number:04d}")

    second_moment = when(2026, 11, 9, 18, 40, 1)
    second = compose([
        ("Delivered-To", "sam@bakerdesign.example"),
        ("Received", "by 2002:a05:7000:1b0c:b0:5e1:2f3a:4b5c with SMTP id k12csp1884321mab;"
                     " Mon, 9 Nov 2026 09:40:12 -0800 (PST)"),
        ("From", "Alex Rivera <finance@lumenstudio.example>"),
        ("To", SAM),
        ("Subject", "Re: Invoice INV-2026-027 – brand guidelines"),
        ("Date", format_datetime(second_moment)),
        ("Message-ID", "<0102019a7f3e8c21-4d5e6f70-000000@eu-west-1.mailer.example>"),
        ("In-Reply-To", "<CAPr7wN4k1Lz9dQe3xT0bVm8sYh2uJf5gRa6cWo1@mail.gmail.com>"),
        ("References", "<CAPr7wN4k1Lz9dQe3xT0bVm8sYh2uJf5gRa6cWo1@mail.gmail.com>"),
        ("MIME-Version", "1.0"),
    ], CRLF)
    # Sent from an accounts system that writes HTML only.
    second.set_content(
        "<html><head><title>Re: Invoice INV-2026-027</title></head><body>"
        "<p>Hi Sam,</p><p>Sorry, this slipped through. The invoice is approved and is waiting"
        " for our director's sign-off; I will confirm the payment date this week.</p>"
        "<p>Best,<br>Alex Rivera<br>Finance, Lumen Studio</p></body></html>\n",
        subtype="html", cte="quoted-printable",
    )

    third_moment = when(2026, 11, 16, 9, 15, 0)
    third = gmail_sent(
        [
            ("MIME-Version", "1.0"),
            ("References", "<CAPr7wN4k1Lz9dQe3xT0bVm8sYh2uJf5gRa6cWo1@mail.gmail.com>"
                           " <0102019a7f3e8c21-4d5e6f70-000000@eu-west-1.mailer.example>"),
            ("In-Reply-To", "<0102019a7f3e8c21-4d5e6f70-000000@eu-west-1.mailer.example>"),
            ("From", SAM),
            ("Date", format_datetime(third_moment)),
            ("Message-ID", "<CAPr7wN5Qm2Hx8Kd0sTe4Ub9vYj3wNg6hSb7dXp2@mail.gmail.com>"),
            ("Subject", "Re: Invoice INV-2026-027 – brand guidelines"),
            ("To", "Alex Rivera <finance@lumenstudio.example>"),
        ],
        "Hi Alex,\n\nThank you.\nFrom your note I understand the invoice is approved. Could you"
        " tell me the date it will be paid? It was due on 31 October.\n\nThanks,\nSam\n\n"
        "On Mon, 9 Nov 2026 at 17:40, Alex Rivera <finance@lumenstudio.example> wrote:\n"
        "> Hi Sam,\n> Sorry, this slipped through. The invoice is approved and is waiting\n"
        "> for our director's sign-off; I will confirm the payment date this week.\n",
        '<div dir="ltr">Hi Alex,<div><br></div><div>Thank you.</div><div>From your note I'
        " understand the invoice is approved. Could you tell me the date it will be paid? It"
        " was due on 31 October.</div><div><br></div><div>Thanks,</div><div>Sam</div></div>\n",
    )
    fix_boundaries(third, "takeout3", "00000000000091d3e5a7{number:04d}")

    fourth_moment = when(2026, 11, 18, 12, 2, 1)
    fourth = compose([
        ("Delivered-To", "sam@bakerdesign.example"),
        ("From", "Alex Rivera <finance@lumenstudio.example>"),
        ("To", SAM),
        ("Subject", "Re: Invoice INV-2026-027 – brand guidelines"),
        ("Date", format_datetime(fourth_moment)),
        ("Message-ID", "<0102019a9c41d7e2-5e6f7081-000000@eu-west-1.mailer.example>"),
        ("In-Reply-To", "<CAPr7wN5Qm2Hx8Kd0sTe4Ub9vYj3wNg6hSb7dXp2@mail.gmail.com>"),
        ("References", "<CAPr7wN4k1Lz9dQe3xT0bVm8sYh2uJf5gRa6cWo1@mail.gmail.com>"
                       " <0102019a7f3e8c21-4d5e6f70-000000@eu-west-1.mailer.example>"
                       " <CAPr7wN5Qm2Hx8Kd0sTe4Ub9vYj3wNg6hSb7dXp2@mail.gmail.com>"),
        ("MIME-Version", "1.0"),
    ], CRLF)
    fourth.set_content(
        "Hi Sam,\n\nSigned off today: the payment of £2,400.00 for INV-2026-027 will go out"
        " on 27 November.\n\nBest,\nAlex\n"
    )
    fourth.add_alternative(
        "<p>Hi Sam,</p><p>Signed off today: the payment of £2,400.00 for INV-2026-027 will go"
        " out on 27 November.</p><p>Best,<br>Alex</p>\n",
        subtype="html",
    )
    fix_boundaries(fourth, "takeout4", "0000000000004e8a2c6b{number:04d}")

    return [
        # (message, Gmail's time of receipt, labels, low bits of the Gmail id)
        (Mail(first, first_moment, "Attached is invoice INV-2026-027", ["INV-2026-027.pdf"]),
         first_moment, "Sent", 0x3A1F2),
        (Mail(second, second_moment, "waiting for our director's sign-off"),
         when(2026, 11, 9, 17, 40, second=12), "Inbox,Opened,Category Personal", 0x51C07),
        (Mail(third, third_moment, "From your note I understand the invoice is approved"),
         third_moment, "Sent", 0x0B9E4),
        (Mail(fourth, fourth_moment, "will go out on 27 November"),
         when(2026, 11, 18, 11, 2, second=9), "Inbox,Important,Opened,Category Personal", 0x7D233),
    ]


def write_takeout(path):
    out = b""
    mails = []
    thread = None
    for mail, received, labels, low_bits in takeout_messages():
        utc = received.astimezone(datetime.timezone.utc)
        message_id = gmail_id(received, low_bits)
        thread = thread or message_id
        separator = f"From {message_id}@xxx " + utc.strftime("%a %b %d %H:%M:%S +0000 %Y")
        out += (separator + "\r\n").encode("ascii")
        out += f"X-GM-THRID: {thread}\r\n".encode("ascii")
        out += ("X-Gmail-Labels: " + labels + "\r\n").encode("utf-8")
        out += mboxo_escaped(mail.message.as_bytes(policy=CRLF)) + b"\r\n"
        mails.append(mail)
    with open(path, "wb") as file:
        file.write(out)
    return mails


# Apple Mail -------------------------------------------------------------------
#
# Mailbox > Export Mailbox in Apple Mail writes a folder "<name>.mbox" (a
# package) holding two files, as reported by people importing such exports
# (e.g. s1t5/mail-archiver issue 364: "a package (folder) containing two
# files: mbox (the mbox file) and table_of_contents (index file)"):
#   - mbox: the messages, each after a "From <sender address> <ctime date>"
#     line, LF line ends, a blank line after each, body lines starting
#     "From " quoted as ">From ";
#   - table_of_contents: Apple's binary index. Its layout is not published;
#     readers of it take a big-endian 32-bit magic number 0x000DBBA0 and the
#     number of messages after it, so that header is all written here. parley
#     reads the mbox file, never this one; it is here so an importer is tested
#     against the file it must step over.
# Info.plist belongs to Mail's own store (~/Library/Mail), not to an export.
# Apple Mail writes plain text as format=flowed with DelSp=yes.

APPLE_TOC_MAGIC = 0x000DBBA0


def apple_fields(message_id, moment, subject, references=()):
    fields = [("From", SAM)]
    fields.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"))
    fields.append(("Subject", subject))
    if references:
        fields.append(("In-Reply-To", references[-1]))
        fields.append(("References", " ".join(references)))
    fields += [
        ("Message-Id", message_id),
        ("Date", format_datetime(moment)),
        ("To", "Priya Shah <accounts@acme.example>"),
        ("X-Mailer", "Apple Mail (2.3826.700.81)"),
    ]
    return fields


def acme_messages():
    first_id = "<8C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@bakerdesign.example>"
    second_id = "<2E9A7B1C-6D4F-4E8A-B3C2-1F0E9D8C7B6A@bakerdesign.example>"
    third_id = "<LO2P265MB41E1D2C3@LO2P265MB41.GBRP265.PROD.OUTLOOK.example>"
    fourth_id = "<5B4A3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D@bakerdesign.example>"
    subject = "Invoice INV-2026-018 – October retainer"

    first_moment = when(2026, 11, 2, 9, 12, 0)
    first = compose(apple_fields(first_id, first_moment, subject))
    first.set_content(
        flowed("Dear Priya,\n\nPlease find attached invoice INV-2026-018 for the October"
               " retainer, £3,200.00, due on 16 November.\n\nKind regards,\nSam Baker\n"
               "Baker Design", width=76, delete_space=True),
        charset="utf-8", cte="quoted-printable", params={"format": "flowed", "delsp": "yes"},
    )
    data, maintype, subtype = pdf("INV-2026-018.pdf")
    first.add_attachment(data, maintype=maintype, subtype=subtype, filename="INV-2026-018.pdf",
                         params={"x-unix-mode": "0644"})
    fix_boundaries(first, "acme1", "Apple-Mail=_3F2A1B4C-5D6E-4F70-8192-A3B4C5D6E7F{number}")

    second_moment = when(2026, 11, 23, 8, 50, 0)
    second = compose(apple_fields(second_id, second_moment, "Re: " + subject, [first_id]))
    second.set_content(
        flowed("Dear Priya,\n\nI am writing about invoice INV-2026-018 for £3,200.00, which was"
               " due on 16 November and is now a week overdue. If it helps, you can pay by card"
               " at https://pay.bakerdesign.example/invoices/INV-2026-018?client=acme-ltd&amount=3200.00"
               " or by bank transfer as on the invoice.\n\n"
               "If there is a problem with the invoice, or the timing is difficult, please let me"
               " know and we can find a way forward.\n\nKind regards,\nSam", width=76,
               delete_space=True),
        charset="utf-8", cte="8bit", params={"format": "flowed", "delsp": "yes"},
    )

    third_moment = when(2026, 11, 30, 14, 20, 0)
    third = compose([
        ("From", "Priya Shah <accounts@acme.example>"),
        ("To", SAM),
        ("Subject", "RE: " + subject),
        ("Thread-Topic", subject),
        ("Thread-Index", "AQHbQ2k7r8s9t0u1v2w3x4y5z6A7B8C9D0E="),
        ("Date", format_datetime(third_moment)),
        ("Message-ID", third_id),
        ("References", first_id + " " + second_id),
        ("In-Reply-To", second_id),
        ("MIME-Version", "1.0"),
    ])
    third.set_content(
        "Hi Sam,\n\nApologies for the delay. Our cash flow is tight this quarter while we wait on"
        " a large customer payment, but the invoice is approved and we will pay INV-2026-018 in"
        " full by 18 December.\n\nRegards,\nPriya Shah\nFinance, Acme Ltd\n",
        cte="quoted-printable",
    )
    third.add_alternative(
        "<html><body><p>Hi Sam,</p><p>Apologies for the delay. Our cash flow is tight this"
        " quarter while we wait on a large customer payment, but the invoice is approved and we"
        " will pay INV-2026-018 in full by 18 December.</p><p>Regards,<br>Priya Shah</p>"
        "</body></html>\n",
        subtype="html", cte="quoted-printable",
    )
    fix_boundaries(third, "acme3", "_000_LO2P265MB41E1D2C3LO2P265MB41GBRP_{number}_")

    fourth_moment = when(2026, 12, 1, 9, 5, 0)
    fourth = compose(apple_fields(fourth_id, fourth_moment, "Re: " + subject,
                                  [first_id, second_id, third_id]))
    fourth.set_content(
        flowed("Dear Priya,\n\nThank you for letting me know. I have noted that INV-2026-018"
               " (£3,200.00) will be paid in full by 18 December, and I will look out for it"
               " then.\n\nKind regards,\nSam", width=76, delete_space=True),
        charset="utf-8", cte="8bit", params={"format": "flowed", "delsp": "yes"},
    )
    return [
        Mail(first, first_moment, "for the October retainer, £3,200.00, due on 16 November",
             ["INV-2026-018.pdf"]),
        Mail(second, second_moment,
             "https://pay.bakerdesign.example/invoices/INV-2026-018?client=acme-ltd&amount=3200.00"),
        Mail(third, third_moment, "we will pay INV-2026-018 in full by 18 December"),
        Mail(fourth, fourth_moment, "will be paid in full by 18 December"),
    ]


def write_apple_export(folder):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    out = b""
    mails = acme_messages()
    for mail in mails:
        utc = mail.moment.astimezone(datetime.timezone.utc)
        out += f"From {mail.sender} {asctime(utc)}\n".encode("ascii")
        out += mboxo_escaped(mail.message.as_bytes(policy=LF)) + b"\n"
    with open(os.path.join(folder, "mbox"), "wb") as file:
        file.write(out)
    with open(os.path.join(folder, "table_of_contents"), "wb") as file:
        file.write(struct.pack(">II", APPLE_TOC_MAGIC, len(mails)))
    return mails


# Maildir ----------------------------------------------------------------------
#
# A Maildir (as Dovecot, Postfix or mutt keep one) is a folder with tmp/,
# new/ and cur/, one file per message. The messages are written by Python's
# mailbox.Maildir; its file names carry the clock, the process id and a
# counter, so each file is then renamed to a fixed name of the same form,
# "<seconds>.M<microseconds>P<pid>Q<count>.<host>", with ":2,<flags>" on the
# files in cur/ (S seen, R replied). Files in new/ have not been seen by a
# mail program and carry no flags. tmp/ is empty in a Maildir at rest; git
# keeps no empty folder, so it holds a .gitkeep, which a reader skips as it
# skips every name starting with a dot.

MAILDIR_HOST = "mail.bakerdesign.example"


def northgate_messages():
    first_moment = when(2026, 11, 5, 11, 20, 0)
    first = compose([
        ("From", "Ellie Moss <ellie@northgatebistro.example>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Invoice INV-2026-025 – menu design"),
        ("Date", format_datetime(first_moment)),
        ("References", "<20261022101500.GA4521@bakerdesign.example>"),
        ("In-Reply-To", "<20261022101500.GA4521@bakerdesign.example>"),
        ("To", SAM),
        ("Message-Id", "<9E8D7C6B-5A4F-4E3D-2C1B-0A9F8E7D6C5B@northgatebistro.example>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ])
    first.set_content(
        "Hi Sam,\n\nThe menus look great, thank you. Money is tight until the Christmas bookings"
        " come in: could we pay INV-2026-025 (£960.00) in two halves, £480 on 20 November and"
        " £480 on 15 January?\n\nThanks,\nEllie\n\nSent from my iPhone\n",
        cte="quoted-printable",
    )

    second_moment = when(2026, 11, 20, 16, 5, 0)
    second = compose([
        ("From", "Ellie Moss <ellie@northgatebistro.example>"),
        ("To", SAM),
        ("Subject", "Remittance: first instalment INV-2026-025"),
        ("Date", format_datetime(second_moment)),
        ("Message-ID", "<20261120160500.7F3A2B1C@northgatebistro.example>"),
        ("MIME-Version", "1.0"),
    ])
    second.set_content(
        "Hi Sam,\n\nPlease find attached the remittance for the first half of INV-2026-025,"
        " £480.00 paid today. The second half follows on 15 January as agreed.\n\nEllie\n"
    )
    data, maintype, subtype = pdf("Remittance-INV-2026-025-1.pdf")
    second.add_attachment(data, maintype=maintype, subtype=subtype,
                          filename="Remittance-INV-2026-025-1.pdf")
    fix_boundaries(second, "northgate2")

    # Sam forwards the remittance to himself from mutt, which attaches the
    # message inline (mime_forward) with no file name.
    forwarded_copy = copy.deepcopy(second)
    third_moment = when(2026, 11, 20, 16, 31, 0)
    third = compose([
        ("Date", format_datetime(third_moment)),
        ("From", SAM),
        ("To", SAM),
        ("Subject", "Fwd: Remittance: first instalment INV-2026-025"),
        ("Message-ID", "<20261120163100.GB7730@bakerdesign.example>"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "NeoMutt/20241002"),
    ])
    third.set_content(
        "For the Northgate file: first half of INV-2026-025 received, second half due"
        " 15 January.\n"
    )
    third.add_attachment(forwarded_copy, disposition="inline")
    fix_boundaries(third, "northgate3")

    return [
        # (message, delivered at, subfolder, flags, microseconds, pid)
        (Mail(first, first_moment, "could we pay INV-2026-025 (£960.00) in two halves"),
         when(2026, 11, 5, 11, 20, second=4), "cur", "RS", 482113, 21871),
        (Mail(second, second_moment, "Please find attached the remittance",
              ["Remittance-INV-2026-025-1.pdf"]),
         when(2026, 11, 20, 16, 5, second=3), "cur", "S", 90472, 30544),
        (Mail(third, third_moment, "£480.00 paid today", ["Remittance-INV-2026-025-1.pdf"]),
         when(2026, 11, 20, 16, 31, second=2), "new", "", 715260, 30612),
    ]


def write_maildir(folder, relative):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    box = mailbox.Maildir(folder, create=True)
    expected = []
    for count, (mail, delivered, subfolder, flags, microseconds, pid) in enumerate(
            northgate_messages(), start=1):
        stored = mailbox.MaildirMessage(mail.message)
        stored.set_subdir(subfolder)
        stored.set_flags(flags)
        before = set(os.listdir(os.path.join(folder, subfolder)))
        box.add(stored)
        (written,) = set(os.listdir(os.path.join(folder, subfolder))) - before
        seconds = int(delivered.timestamp())
        name = f"{seconds}.M{microseconds}P{pid}Q{count}.{MAILDIR_HOST}"
        if subfolder == "cur":
            name += ":2," + flags
        os.rename(os.path.join(folder, subfolder, written), os.path.join(folder, subfolder, name))
        expected.append(mail.expectation(f"{relative}/{subfolder}/{name}", None))
    box.close()
    open(os.path.join(folder, "tmp", ".gitkeep"), "wb").close()
    return expected


# A message carrying two forwarded messages ----------------------------------
#
# One inline with no file name (read as part of the text, its attachment
# listed), one forwarded as an attachment with a file name as Thunderbird's
# "Forward As Attachment" writes it (listed as a file, not read).

def forwarded():
    inline_moment = when(2026, 11, 23, 10, 41, 0)
    inline = compose([
        ("From", "Dana Whitfield <ap@harbourco.example>"),
        ("To", SAM),
        ("Subject", "RE: Invoice INV-2026-031 – held for a PO number"),
        ("Date", format_datetime(inline_moment)),
        ("Message-ID", "<AM6PR03MB41A7D3@AM6PR03MB41.eurprd03.prod.outlook.example>"),
        ("MIME-Version", "1.0"),
    ])
    inline.set_content(
        flowed("Hi Sam,\n\nApologies: the invoice was held back because our purchase order number"
               " was missing from it. I have added PO 7781 to our records and INV-2026-031 will"
               " be paid on 27 November.\n\nKind regards,\nDana"),
        charset="utf-8", cte="7bit", params={"format": "flowed"},
    )
    data, maintype, subtype = pdf("PO-7781.pdf")
    inline.add_attachment(data, maintype=maintype, subtype=subtype, filename="PO-7781.pdf")

    attached = compose([
        ("From", "Dana Whitfield <ap@harbourco.example>"),
        ("To", SAM),
        ("Subject", "Supplier details form"),
        ("Date", format_datetime(when(2026, 11, 23, 10, 45, 0))),
        ("Message-ID", "<AM6PR03MB41B9E5@AM6PR03MB41.eurprd03.prod.outlook.example>"),
        ("MIME-Version", "1.0"),
    ])
    attached.set_content("Please fill in the attached supplier details form.\n")

    moment = when(2026, 11, 23, 12, 0, 0)
    message = compose([
        ("Message-ID", "<7d2e9f10-4c3b-4a5e-8f61-2b3c4d5e6f70@bakerdesign.example>"),
        ("Date", format_datetime(moment)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("From", SAM),
        ("To", SAM),
        ("Subject", "Fwd: Harbour & Co payment date"),
    ])
    message.set_content("Keeping these with the INV-2026-031 file.\n")
    message.add_attachment(inline, disposition="inline")
    message.add_attachment(attached, filename="Supplier details form.eml")
    fix_boundaries(message, "forwarded")
    return Mail(message, moment,
                "I have added PO 7781 to our records and INV-2026-031 will be paid on 27 November",
                ["PO-7781.pdf", "Supplier details form.eml"])


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
    for number, item in enumerate(expected, start=1):
        item["messageID"] = f"fixture-{number}@mail.example"
        item["inReplyTo"] = []

    # Python's own mbox writer: mailbox.mbox quotes body "From " lines as
    # ">From " and nothing more (mboxo), writes "From <sender> <ctime>" lines
    # and LF line ends.
    path = os.path.join(folder, "python-mailbox.mbox")
    if os.path.exists(path):
        os.remove(path)
    box = mailbox.mbox(path, create=True)
    box.lock()
    senders = ["sam@bakerdesign.example", "kim@weber.example", "kim@weber.example"]
    for number, (message, moment, phrase, names) in enumerate(mbox_messages(), start=1):
        stored = mailbox.mboxMessage(message)
        stored.set_from(senders[number - 1], moment.astimezone(datetime.timezone.utc).timetuple())
        box.add(stored)
        item = entry("python-mailbox.mbox", number, str(message["Subject"]),
                     senders[number - 1], moment, phrase, names)
        item["messageID"] = f"fixture-{number + 6}@mail.example"
        item["inReplyTo"] = []
        expected.append(item)
    box.flush()
    box.unlock()
    box.close()

    mail = forwarded()
    with open(os.path.join(folder, "forwarded.eml"), "wb") as out:
        out.write(mail.message.as_bytes(policy=LF))
    expected.append(mail.expectation("forwarded.eml", None))

    for number, mail in enumerate(write_thunderbird(os.path.join(folder, "thunderbird.mbox")), 1):
        expected.append(mail.expectation("thunderbird.mbox", number))
    for number, mail in enumerate(write_takeout(os.path.join(folder, "takeout.mbox")), 1):
        expected.append(mail.expectation("takeout.mbox", number))
    apple = write_apple_export(os.path.join(folder, "Acme.mbox"))
    for number, mail in enumerate(apple, 1):
        expected.append(mail.expectation("Acme.mbox/mbox", number))
    expected += write_maildir(os.path.join(folder, "maildir"), "maildir")

    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    sys.exit(main())
