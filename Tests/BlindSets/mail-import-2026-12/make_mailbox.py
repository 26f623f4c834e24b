#!/usr/bin/env python3
"""Write the frozen blind mailbox set for import matching.

Writes, next to this script:
  inbox.mbox   - the exported mailbox (inbox + sent, one file)
  cases.json   - the user's five open cases and the user's own addresses
  labels.json  - one human label per message, in mbox order

Standard library only.  Deterministic: every date, Message-ID and MIME
boundary is fixed, so running it twice writes identical bytes.
Written 2026-12-04 by an independent helper; see DATASHEET.md.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email import base64mime, quoprimime
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


BST, GMT = tz(1), tz(0)


def D(mo, day, hh, mm, ss, zone):
    return datetime(2026, mo, day, hh, mm, ss, tzinfo=zone)


def fnv(seed, n):
    """Deterministic hex string of length n (FNV-1a, no hashlib needed)."""
    out, i = "", 0
    while len(out) < n:
        h = 0xCBF29CE484222325
        for ch in ("%s#%d" % (seed, i)).encode():
            h ^= ch
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 30  # splitmix64 finaliser, so similar seeds give unrelated ids
        h = (h * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 27
        h = (h * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 31
        out += "%016x" % h
        i += 1
    return out[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def mixed(seed, n):
    hx = fnv(seed, n * 2)
    return "".join(ALNUM[int(hx[2 * i:2 * i + 2], 16) % len(ALNUM)] for i in range(n))


def make_id(style, seed, domain=None):
    if style == "apple":
        u = fnv(seed, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain or "bakerdesign.example")
    if style == "gmail":
        return "<CA%s+%s=%s@mail.gmail.com>" % (mixed(seed, 30), mixed(seed + "b", 6), mixed(seed + "c", 10))
    if style == "hf":  # Harbour & Finch run Exchange Online
        n = 1000 + int(fnv(seed, 4), 16) % 8999
        return "<LO4P265MB%d%s@LO4P265MB%d.GBRP265.PROD.OUTLOOK.COM>" % (n, fnv(seed + "x", 16).upper(), n)
    if style == "outlookcom":
        n = 1000 + int(fnv(seed, 4), 16) % 8999
        return "<DB9PR02MB%d%s@DB9PR02MB%d.eurprd02.prod.outlook.com>" % (n, fnv(seed + "x", 16).upper(), n)
    if style == "generic":
        return "<%s.%s@%s>" % (fnv(seed, 16), fnv(seed + "y", 8), domain)
    raise ValueError(style)


def addr(p):
    name, a = p
    if name is None:
        return a
    return formataddr((name, a), charset="utf-8")


def hdr(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode(maxlinelen=76)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_html(text):
    """The simple HTML a webmail client makes from typed text."""
    lines = text.rstrip("\n").split("\n")
    out, inq = [], False
    for l in lines:
        if l.startswith(">"):
            if not inq:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            out.append(html_escape(l[1:].lstrip(" ")) + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            out.append('<div dir="ltr">%s</div>' % (html_escape(l) if l else "<br>"))
    if inq:
        out.append("</blockquote>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ MIME leaves


def leaf(ctype, text, enc=None, extra=()):
    """Return (header lines, encoded body) for one text part."""
    if enc is None:
        enc = "7bit" if is_ascii(text) else "8bit"
    if enc == "qp":
        body = quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\n")
        cte = "quoted-printable"
    elif enc == "b64":
        body = base64mime.body_encode(text.encode("utf-8"), maxlinelen=76, eol="\n")
        cte = "base64"
    else:
        body = text
        cte = enc
    cs = "us-ascii" if is_ascii(text) and ctype == "text/plain" and enc == "7bit" else "utf-8"
    h = ['Content-Type: %s; charset="%s"' % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]
    h.extend(extra)
    return h, body


def attachment(filename, data, ctype="application/pdf"):
    h = ['Content-Type: %s; name="%s"' % (ctype, filename),
         'Content-Disposition: attachment; filename="%s"' % filename,
         "Content-Transfer-Encoding: base64"]
    return h, base64mime.body_encode(data, maxlinelen=76, eol="\n")


def fake_pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (%s) /Producer (fake) >>\nendobj\n"
            "trailer\n<< /Info 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")


def multipart(subtype, boundary, parts, params=""):
    h = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    chunks = []
    for ph, pb in parts:
        chunks.append("--%s\n%s\n\n%s" % (boundary, "\n".join(ph), pb.rstrip("\n")))
    body = "\n".join(chunks) + "\n--%s--\n" % boundary
    return h, body


# ----------------------------------------------------------------- people

SAM = ("Sam Baker", "sam@bakerdesign.example")
SAMG = ("Sam Baker", "sam.baker@gmail.com")
PRIYA = ("Priya Nair", "priya.nair@harbourfinch.example")
JAMES = ("James Whitlock", "james.whitlock@harbourfinch.example")
HF_ACC = ("Harbour & Finch Accounts", "accounts@harbourfinch.example")
HF_AP = ("HF Group Accounts Payable", "ap@hf-sharedservices.example")
DAVE = ("Dave Cole", "dave.cole.joinery@gmail.com")
SUE = ("Sue Cole", "sue.cole64@gmail.com")
BAKE = ("The Old Bakehouse", "hello@theoldbakehouse.example")
MARIA_H = ("maria lopes", "marialopes_77@hotmail.co.uk")
TOM = ("Tom Ashby", "tom@brightwater-events.example")
ELLIE = ("Ellie Shaw", "ellie@brightwater-events.example")
BW_NEWS = ("Brightwater Events", "news@brightwater-events.example")
ZOE = ("Zoë Hart", "zoe@ledgerline.example")
LL_REMIT = ("Ledgerline Bookkeeping", "remittances@ledgerline.example")
JON = ("Jon Meyer", "jon.meyer@kestreloutdoor.example")
JON_P = ("Jon Meyer", "jonmeyer.home@outlook.com")
JON_NEW = ("Jon Meyer", "jon@kestreloutdoor.example")
ROB = ("Rob Hughes", "robhughes88@gmail.com")
RACHEL = ("Rachel Ellis", "rachel@ellisaccounts.example")
LAURA = ("Laura Fenwick", "laura@fenwickarchitects.example")
INKWELL = ("Inkwell Print Ltd", "accounts@inkwellprint.example")
BANK = ("Mercia Bank", "alerts@merciabank.example")

SAM_SIG = ("\n\n--\nSam Baker\nBaker Design \u00b7 graphic design & branding\n"
           "07700 900881 \u00b7 bakerdesign.example\n")

# ------------------------------------------------------------ the messages
# Each message: key, frm, to, cc, subject, date, id_style (None = no
# Message-ID), parent (key of message replied to), body, kind, label...

MSGS = []
BY_KEY = {}


def msg(key, frm, to, subject, date, body, case, why, difficulty, *, cc=(), id_style="apple", id_domain=None,
        parent=None, irt_raw=None, refs_raw=None, fmt="plain", enc=None, attach=(), extra=(), date_str=None,
        inbound=True, html=None, boundary=None):
    m = dict(key=key, frm=frm, to=list(to), cc=list(cc), subject=subject, date=date, body=body,
             case=case, why=why, difficulty=difficulty, id_style=id_style, id_domain=id_domain, parent=parent,
             irt_raw=irt_raw, refs_raw=refs_raw, fmt=fmt, enc=enc, attach=list(attach), extra=list(extra),
             date_str=date_str, inbound=inbound, html=html, boundary=boundary)
    m["msgid"] = make_id(id_style, key, id_domain) if id_style else None
    if parent:
        p = BY_KEY[parent]
        m["refs"] = (p["refs"] + [p["msgid"]]) if p["msgid"] else list(p["refs"])
        m["irt"] = p["msgid"]
    else:
        m["refs"], m["irt"] = [], None
    if refs_raw is not None:
        m["refs"] = list(refs_raw)
    if irt_raw is not None:
        m["irt"] = irt_raw
    MSGS.append(m)
    BY_KEY[key] = m
    return m


def b(key):
    return BY_KEY[key]["body"]


def on_apple(key):
    m = BY_KEY[key]
    d = m["date"]
    return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (d.day, d.strftime("%b"), d.year, d.hour, d.minute,
                                                         m["frm"][0], m["frm"][1])


def on_gmail(key):
    m = BY_KEY[key]
    d = m["date"]
    mon = "Sept" if d.month == 9 else d.strftime("%b")
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (d.strftime("%a"), d.day, mon, d.year, d.hour,
                                                           d.minute, m["frm"][0], m["frm"][1])


def outlook_block(key, long_date=False):
    m = BY_KEY[key]
    d = m["date"]
    if long_date:
        h12 = d.hour % 12 or 12
        sent = "%s, %s %d, %d %d:%02d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h12,
                                                 d.minute, d.second, "AM" if d.hour < 12 else "PM")
    else:
        sent = "%02d %s %d %02d:%02d" % (d.day, d.strftime("%B"), d.year, d.hour, d.minute)
    lines = ["From: %s <%s>" % m["frm"], "Sent: " + sent,
             "To: " + "; ".join("%s <%s>" % p for p in m["to"])]
    if m["cc"]:
        lines.append("Cc: " + "; ".join("%s <%s>" % p for p in m["cc"]))
    lines.append("Subject: " + m["subject"])
    return "\n".join(lines) + "\n\n" + m["body"].rstrip("\n") + "\n"


# ---- September 2026 ------------------------------------------------------

msg("bank-stmt-aug", BANK, [SAM], "Your August statement is ready", D(9, 1, 6, 5, 12, GMT),
    "Hi Sam,\n\nYour statement for Business Current Account ending 4471 (August 2026) is now ready to view "
    "in the Mercia Bank app and in Online Banking.\n\nRemember, we'll never ask for your PIN, passcode or "
    "security details by email.\n\nMercia Bank\n\nThis is an automated email - please don't reply.\n",
    None, "Routine bank statement notice, no client or invoice involved.", "easy",
    id_style="generic", id_domain="notify.merciabank.example", fmt="alt",
    html="<html><body><p>Hi Sam,</p><p>Your statement for Business Current Account ending <b>4471</b> "
         "(August 2026) is now ready to view in the Mercia Bank app and in Online Banking.</p>"
         "<p>Remember, we'll never ask for your PIN, passcode or security details by email.</p>"
         "<p>Mercia Bank</p><p style=\"font-size:11px;color:#888\">This is an automated email - please "
         "don't reply.</p></body></html>\n")

msg("hf-rem1", SAM, [PRIYA], "Payment reminder: INV-042", D(9, 2, 9, 40, 3, BST),
    "Hi Priya,\n\nHope you had a good summer. Just a gentle reminder that invoice INV-042 for the brand "
    "refresh (\u00a32,400.00) was due on 30 August. I've attached a copy in case it went astray.\n\n"
    "Bank details are on the invoice. Let me know if you need anything else from me to get it through."
    "\n\nThanks,\nSam" + SAM_SIG,
    "harbour-finch", "Sam chases Harbour & Finch's contact about INV-042.", "easy",
    inbound=False, enc="qp", attach=[("invoice-INV-042.pdf", fake_pdf("Baker Design invoice INV-042"))],
    extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-ooo", PRIYA, [SAM], "Automatic reply: Payment reminder: INV-042", D(9, 2, 9, 40, 15, BST),
    "Thank you for your email. I am out of the office until Monday 14 September with limited access to "
    "email.\n\nFor anything urgent please contact James Whitlock (james.whitlock@harbourfinch.example).\n\n"
    "Priya Nair\nMarketing Manager | Harbour & Finch Ltd\n",
    "harbour-finch", "Priya's out-of-office reply to the INV-042 reminder.", "easy",
    id_style="hf", parent="hf-rem1", fmt="alt",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Thread-Topic: Payment reminder: INV-042"])

msg("cole-rem1", SAM, [DAVE], "Invoice 2031 - logo and van livery", D(9, 3, 10, 15, 40, BST),
    "Hi Dave,\n\nHope business is good. Quick nudge on invoice 2031 (\u00a31,450) for the logo and van "
    "livery artwork - it was due on 14 August. Could you let me know when you're able to pay?\n\n"
    "Cheers,\nSam" + SAM_SIG,
    "cole-joinery", "Sam chases Dave Cole about invoice 2031.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

BRIEF_HTML_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Brief #212</title></head>
<body style="margin:0;background:#f4f1ea;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td><h1 style="font-size:28px">The Brief #212</h1>
<p>Morning, designers. This week: variable fonts are finally boring (that&rsquo;s a compliment), a
long read on why every rebrand now looks like a fintech app, and the return of the rubber stamp.</p>
<h2>1. Variable fonts grow up</h2>
<p>Three years ago they were a party trick. Now most of the big foundries ship them by default &mdash;
here&rsquo;s what that means for your web budgets. <a href="https://thebrief-weekly.example/r/212-1">Read &rarr;</a></p>
<h2>2. The great flattening</h2>
<p>Why do all the rebrands look the same? A designer, a strategist and a very tired CFO weigh in.
<a href="https://thebrief-weekly.example/r/212-2">Read &rarr;</a></p>
<h2>3. Jobs board</h2>
<p>Mid-weight designer, Manchester (hybrid) &middot; Packaging lead, Leith &middot; Freelance illustrators wanted for a kids&rsquo; book series.</p>
<p style="font-size:12px;color:#777">You&rsquo;re getting this because you signed up at thebrief-weekly.example.
<a href="https://thebrief-weekly.example/unsubscribe?u=8d21f">Unsubscribe</a> &middot; The Brief, 1200 Pine St, Portland OR</p>
</td></tr></table></td></tr></table></body></html>
"""

msg("news-brief-212", ("The Brief", "hello@thebrief-weekly.example"), [SAM],
    "The Brief #212: variable fonts are finally boring (good)", D(9, 3, 13, 52, 0, tz(-4)),
    BRIEF_HTML_1, None, "Design newsletter, HTML only.", "easy",
    id_style="generic", id_domain="mail.thebrief-weekly.example", fmt="html", enc="qp",
    extra=["List-Unsubscribe: <https://thebrief-weekly.example/unsubscribe?u=8d21f>", "Precedence: bulk"])

msg("hf-james1", SAM, [JAMES], "Re: Payment reminder: INV-042", D(9, 4, 11, 2, 51, BST),
    "Hi James,\n\nPriya's out-of-office pointed me your way. Are you able to check where INV-042 has got "
    "to? It's the \u00a32,400 one for the brand refresh, now a few days overdue. The invoice is attached to "
    "my email below.\n\nMany thanks,\nSam\n\n" + on_apple("hf-rem1") + "\n\n" + quote(b("hf-rem1")) + "\n",
    "harbour-finch", "Sam asks Priya's colleague at Harbour & Finch about INV-042.", "easy",
    cc=[PRIYA], inbound=False, parent="hf-rem1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-james2", JAMES, [SAM], "RE: Payment reminder: INV-042", D(9, 4, 14, 30, 22, BST),
    "Hi Sam,\n\nThanks for flagging - I've asked our accounts team to look into it and will come back to "
    "you once I hear. Priya's back on the 14th if it needs her sign-off.\n\nBest,\nJames\n\n"
    "James Whitlock\nMarketing Executive | Harbour & Finch Ltd\n\n-----Original Message-----\n"
    + outlook_block("hf-james1"),
    "harbour-finch", "Harbour & Finch colleague replies about INV-042.", "easy",
    cc=[PRIYA], id_style="hf", parent="hf-james1", fmt="alt", enc="qp",
    extra=["Thread-Topic: Payment reminder: INV-042", "Thread-Index: AQHbHk2cX1Lw0pQeS0m3vYk0h2c7Ug=="])

msg("cole-dave1", DAVE, [SAM], "Re: Invoice 2031 - logo and van livery", D(9, 5, 21, 14, 9, BST),
    "Sorry Sam been flat out on a kitchen job in Harrogate, will get it sorted end of next week. Vans "
    "looking mint btw had loads of comments\n\nDave\n\n" + on_gmail("cole-rem1") + "\n\n"
    + quote(b("cole-rem1")) + "\n",
    "cole-joinery", "Dave Cole promises to pay invoice 2031.", "easy",
    id_style="gmail", parent="cole-rem1", fmt="alt", boundary="000000000000a3f1c20629a1b7e4")

msg("news-accountable", ("Accountable", "newsletter@accountable-app.example"), [SAM],
    "How to chase a late invoice (without losing the client)", D(9, 7, 8, 30, 0, tz(-4)),
    "ACCOUNTABLE - the invoicing app for people who'd rather be working\n\n"
    "HOW TO CHASE A LATE INVOICE (WITHOUT LOSING THE CLIENT)\n\n"
    "Around half of freelancers say they've waited more than 30 days past the due date to be paid. Here's "
    "what works, from our customers:\n\n"
    "1. Send the reminder the day after the due date, not a month later.\n"
    "2. Attach the invoice again. Always.\n"
    "3. Ask who else you should be talking to - it's often accounts, not your contact.\n"
    "4. Put your payment terms on every quote, not just the invoice.\n\n"
    "New in Accountable: automatic reminders at 1, 7 and 14 days overdue. Turn them on in Settings > "
    "Reminders.\n\n"
    "You're receiving this because you have an Accountable account. Manage email preferences: "
    "https://accountable-app.example/prefs\n",
    None, "Invoicing-app newsletter about late invoices in general; no client named.", "easy",
    id_style="generic", id_domain="em.accountable-app.example", fmt="alt",
    extra=["List-Unsubscribe: <https://accountable-app.example/prefs>", "Precedence: bulk"])

msg("bw-rem1", SAM, [TOM], "Brightwater Events - invoice BW-7 overdue", D(9, 8, 9, 5, 30, BST),
    "Hi Tom,\n\nHope the festival wrap-up went OK! Invoice BW-7 (\u00a33,200, festival branding) fell due on "
    "31 August and I don't think I've seen it come through yet. Could you check for me?\n\n"
    "Thanks very much,\nSam" + SAM_SIG,
    "brightwater-events", "Sam chases Tom Ashby at Brightwater about BW-7.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("bw-tom1", TOM, [SAM], "Re: Brightwater Events - invoice BW-7 overdue", D(9, 9, 12, 47, 18, BST),
    "Hi Sam\n\nAll our supplier invoices go through Ledgerline (our bookkeepers) now, sorry, should have "
    "said. I've forwarded yours to Zo\u00eb there, she'll be in touch.\n\nTom\n\n--\nTom Ashby\nDirector, "
    "Brightwater Events Ltd\n0161 496 0734\n\n" + on_apple("bw-rem1") + "\n\n" + quote(b("bw-rem1")) + "\n",
    "brightwater-events", "Tom replies that Brightwater's bookkeepers handle BW-7.", "easy",
    id_style="apple", id_domain="brightwater-events.example", parent="bw-rem1", enc="8bit",
    extra=["X-Mailer: iPhone Mail (22A3354)"])

msg("rob-friday", ROB, [SAMG], "Friday?", D(9, 10, 19, 20, 44, BST),
    "Alright mate, still on for Friday? Thinking the Crown then maybe a curry. Jen says bring Lou if "
    "she's about.\n\nR\n",
    None, "Personal email from a friend.", "easy", id_style="gmail", fmt="alt",
    boundary="000000000000c81e0a0629a2d0f1")

msg("rob-friday-re", SAMG, [ROB], "Re: Friday?", D(9, 10, 22, 3, 17, BST),
    "Yes! 7ish? Lou's in Bristol that weekend so just me.\n\nS\n\n" + on_gmail("rob-friday") + "\n\n"
    + quote(b("rob-friday")) + "\n",
    None, "Sam's personal reply to a friend.", "easy", inbound=False, id_style="gmail", parent="rob-friday",
    fmt="alt", boundary="000000000000f2b90a0629a5119c")

msg("bw-zoe1", ZOE, [SAM], "Brightwater Events Ltd \u2013 invoice BW-7", D(9, 14, 10, 12, 33, BST),
    "Dear Sam,\n\nWe act as bookkeepers for Brightwater Events Ltd and Tom Ashby has passed us your invoice "
    "BW-7 dated 1 August 2026 for \u00a33,200.00.\n\nBefore we can add it to a payment run we need:\n\n"
    "1. A purchase order number (Brightwater POs start BWE-)\n"
    "2. Confirmation of your bank details, either on letterhead or via our supplier form:\n"
    "   https://ledgerline.example/forms/supplier\n\n"
    "Once we have these it will go in the next run, which is usually the first Tuesday of the month.\n\n"
    "Kind regards,\n\nZo\u00eb Hart\nSenior Bookkeeper\nLedgerline Bookkeeping \u00b7 Stockport\n0161 496 0999\n\n"
    "This email and any attachments are confidential and intended solely for the addressee.\n",
    "brightwater-events", "Brightwater's bookkeeping firm writes, new thread, about BW-7.", "hard",
    id_style="generic", id_domain="ledgerline.example", enc="qp")

msg("bw-zoe1-re", SAM, [ZOE], "Re: Brightwater Events Ltd \u2013 invoice BW-7", D(9, 14, 16, 40, 2, BST),
    "Hi Zo\u00eb,\n\nThanks for getting in touch. Tom gave me PO BWE-2140 back in July - it's on the invoice, "
    "bottom left, but easy to miss. I've filled in the supplier form just now.\n\nBest,\nSam\n\n"
    + on_apple("bw-zoe1") + "\n\n" + quote(b("bw-zoe1")) + "\n",
    "brightwater-events", "Sam answers the bookkeeper's questions about BW-7.", "easy",
    inbound=False, parent="bw-zoe1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-priya1", PRIYA, [SAM], "RE: Payment reminder: INV-042", D(9, 16, 9, 20, 45, BST),
    "Hi Sam,\n\nSo sorry, just back and wading through. I've found out what happened: INV-042 didn't have a "
    "PO number on it so AP bounced it back to me and it sat in my inbox while I was away. Could you "
    "reissue it with PO-55710 on it and I'll push it through this week?\n\nApologies again,\nPriya\n\n"
    "Priya Nair\nMarketing Manager\nHarbour & Finch Ltd | 14 Quay Street, Bristol BS1 4DB\n\n"
    + outlook_block("hf-james2"),
    "harbour-finch", "Priya explains INV-042 needs a PO number.", "easy",
    cc=[JAMES], id_style="hf", parent="hf-james2", fmt="alt", enc="qp",
    extra=["Thread-Topic: Payment reminder: INV-042", "Thread-Index: AQHbHk2cX1Lw0pQeS0m3vYk0h2c7UgAmDcQw"])

msg("hf-reissue", SAM, [PRIYA], "Re: Payment reminder: INV-042", D(9, 16, 11, 5, 10, BST),
    "No problem at all, Priya. Reissued copy attached with PO-55710 on it - nothing else has changed.\n\n"
    "Thanks,\nSam" + SAM_SIG,
    "harbour-finch", "Sam reissues INV-042 with the PO number.", "easy",
    cc=[JAMES], inbound=False, parent="hf-priya1", enc="qp",
    attach=[("INV-042 rev PO-55710.pdf", fake_pdf("Baker Design invoice INV-042 (PO-55710)"))],
    extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("kes-rem1", SAM, [JON], "Invoice 2058 - Kestrel autumn catalogue", D(9, 17, 8, 45, 0, BST),
    "Hi Jon,\n\nJust checking in on invoice 2058 (\u00a31,975.00) for the autumn catalogue layout, which was "
    "due on 15 September. Would you mind having a look?\n\nAll the best,\nSam" + SAM_SIG,
    "kestrel-outdoor", "Sam chases Kestrel Outdoor about invoice 2058.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("kes-jon1", JON, [SAM], "Re: Invoice 2058 - Kestrel autumn catalogue", D(9, 18, 7, 31, 26, tz(-6)),
    "Hi Sam - I'm in Denver at the Outdoor Retailer show all week, back in the office on the 28th. Will get "
    "it paid then, promise. Catalogue went down really well on the stand btw.\n\nJon\n\nSent from my iPhone"
    "\n\n> On 17 Sep 2026, at 01:45, Sam Baker <sam@bakerdesign.example> wrote:\n>\n" + quote(b("kes-rem1"))
    + "\n",
    "kestrel-outdoor", "Jon at Kestrel promises to pay 2058 after a trade show.", "easy",
    id_style="apple", id_domain="kestreloutdoor.example", parent="kes-rem1", enc="qp",
    extra=["X-Mailer: iPhone Mail (22A3354)"])

msg("cole-rem2", SAM, [DAVE], "Re: Invoice 2031 - logo and van livery", D(9, 21, 9, 0, 12, BST),
    "Morning Dave,\n\nGlad the vans are getting noticed! Any news on the payment? It's over a month late "
    "now.\n\nThanks,\nSam\n\n" + on_apple("cole-dave1") + "\n\n" + quote(b("cole-dave1")) + "\n",
    "cole-joinery", "Sam chases invoice 2031 again.", "easy",
    inbound=False, parent="cole-dave1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("spam-seo", ("Kelvin Tan", "kelvin.seo.expert@rankboost-agency.example"), [SAM],
    "Proposal for bakerdesign.example - Page 1 Google Ranking", D(9, 22, 3, 17, 55, tz(8)),
    "Hello,\n\nI was checking your website bakerdesign.example and noticed it is not ranking on Page 1 of "
    "Google for important keywords like \"graphic designer\" and \"logo design\".\n\nWe are a team of 40+ "
    "SEO experts and can guarantee TOP 10 positions in 90 days for very low monthly cost.\n\nShall I send "
    "you a free audit report and price list?\n\nRegards,\nKelvin\nSenior SEO Consultant\n\n"
    "If you do not wish to hear from us please reply NO.\n",
    None, "SEO spam.", "easy", id_style="generic", id_domain="rankboost-agency.example")

msg("ink-2031", INKWELL, [SAM], "Invoice 2031 from Inkwell Print Ltd", D(9, 24, 13, 10, 4, BST),
    "Dear Sam,\n\nPlease find attached invoice 2031 for \u00a3312.60 (500 x business cards, 350gsm uncoated; "
    "200 x A5 promo flyers).\n\nPayment terms: 30 days. Thank you for your order.\n\nKind regards\n\n"
    "Accounts Team\nInkwell Print Ltd\nUnit 4, Canal Works, Leeds LS11 5QR\nVAT reg. 123 4567 89\n",
    None, "A supplier's own invoice 2031 to Sam; the number only coincides with Cole Joinery's.", "hard",
    id_style="generic", id_domain="inkwellprint.example", enc="qp",
    attach=[("Inkwell-Invoice-2031.pdf", fake_pdf("Inkwell Print Ltd invoice 2031"))])

msg("fen-1", LAURA, [SAM], "20th anniversary booklet - are you free in November?", D(9, 25, 15, 45, 20, BST),
    "Hi Sam,\n\nHope you're well. We're 20 next spring (!) and would love a small booklet to mark it - "
    "24pp or so, mostly photography of old projects with short captions. Would you have time in November? "
    "I'll send a proper brief once the partners have agreed the project list.\n\nAlso, just so you know, we "
    "paid INV-049 on Friday, hopefully it's landed.\n\nBest wishes,\nLaura\n\nLaura Fenwick RIBA\n"
    "Director, Fenwick Architects\n7 Dundas Street, Edinburgh EH3 6QG\n",
    None, "A different client who owes nothing; INV-049 is not in any case.", "hard",
    id_style="generic", id_domain="fenwickarchitects.example", fmt="alt")

msg("fen-1-re", SAM, [LAURA], "Re: 20th anniversary booklet - are you free in November?",
    D(9, 25, 17, 2, 41, BST),
    "Hi Laura,\n\nLovely to hear from you, and congratulations on 20 years! Yes, November works well - send the "
    "brief whenever you're ready and I'll put together a quote.\n\nAnd yes, INV-049 arrived on Monday, "
    "thank you. Always a pleasure!\n\nSam\n\n" + on_apple("fen-1") + "\n\n" + quote(b("fen-1")) + "\n",
    None, "Sam's reply to the paid-up client about new work.", "hard",
    inbound=False, parent="fen-1", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

# ---- October 2026 --------------------------------------------------------

msg("bw-inv9", SAM, [TOM], "Brightwater Events - invoice BW-9 (sponsor pack)", D(10, 1, 9, 30, 0, BST),
    "Hi Tom,\n\nPlease find attached invoice BW-9 for the sponsor pack design (\u00a31,100.00, PO BWE-2188), "
    "payable within 30 days. I've copied Zo\u00eb at Ledgerline as you asked.\n\nThanks,\nSam" + SAM_SIG,
    "brightwater-events", "Sam sends Brightwater invoice BW-9, copying the bookkeeper.", "easy",
    cc=[ZOE], inbound=False, enc="qp", attach=[("BW-9.pdf", fake_pdf("Baker Design invoice BW-9"))],
    extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

COLE_PAID = msg("cole-paid", DAVE, [SAM], "Re: Invoice 2031 - logo and van livery", D(10, 2, 20, 41, 37, BST),
    "Paid today mate, sorry it took so long. Had a customer go bust on me owing 6 grand so been juggling. "
    "2044 for the flyers I'll do next month if thats ok\n\nDave\n\n" + on_gmail("cole-rem2") + "\n\n"
    + quote(b("cole-rem2")) + "\n",
    "cole-joinery", "Dave says invoice 2031 is paid today.", "easy",
    id_style="gmail", parent="cole-rem2", fmt="alt", boundary="0000000000007d4e2b062b3a9e11")

msg("bank-cole", BANK, [SAM], "You've received a payment", D(10, 3, 6, 2, 44, BST),
    "Hi Sam,\n\nYou've received \u00a31,450.00 into your Business Current Account ending 4471.\n\n"
    "Payer: COLE J\nReference: 2031 SAM BAKER\nDate: 02/10/2026\n\nOpen the app to see more.\n\nMercia Bank\n",
    "cole-joinery", "Bank alert: payment from COLE J with reference 2031 and the right amount.", "hard",
    id_style="generic", id_domain="notify.merciabank.example", enc="qp")

msg("hf-rem2", SAM, [PRIYA], "INV-042 and INV-047 - both overdue", D(10, 5, 10, 20, 9, BST),
    "Hi Priya,\n\nSorry to chase again. I haven't yet received payment for INV-042 (reissued with PO-55710 "
    "on 16 Sept) or INV-047 (\u00a3850, social media templates, due 30 Sept). Could you check both for me?"
    "\n\nThanks,\nSam" + SAM_SIG,
    "harbour-finch", "Sam chases both Harbour & Finch invoices.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-fwd", PRIYA, [HF_ACC], "FW: Invoice INV-047 - Baker Design", D(10, 5, 14, 55, 31, BST),
    "Hi team,\n\nPlease could you process the attached for Sam Baker (Baker Design)? Approved by me, "
    "PO-55902.\n\nAlso can someone check on INV-042 which I sent over on 16 Sept with PO-55710? Sam is "
    "still waiting.\n\nThanks\nPriya\n\n"
    "From: Sam Baker <sam@bakerdesign.example>\nSent: 01 September 2026 16:12\n"
    "To: Priya Nair <priya.nair@harbourfinch.example>\nSubject: Invoice INV-047 - Baker Design\n\n"
    "Hi Priya,\n\nPlease find attached invoice INV-047 for the social media templates (\u00a3850.00). "
    "Payment due 30 September.\n\nThanks,\nSam\n",
    "harbour-finch", "Priya forwards INV-047 to her accounts team, copying Sam.", "easy",
    cc=[SAM], id_style="hf", fmt="alt", enc="qp",
    attach=[("INV-047.pdf", fake_pdf("Baker Design invoice INV-047"))],
    extra=["Thread-Topic: Invoice INV-047 - Baker Design", "Thread-Index: AdtG1b3m9kQ2b1nHSoW0YpT5rTzA4w=="])

REMIT_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Remittance advice</p>
<table border="0" cellpadding="4">
<tr><td><b>From</b></td><td>Brightwater Events Ltd</td></tr>
<tr><td><b>To</b></td><td>Baker Design</td></tr>
<tr><td><b>Payment date</b></td><td>06/10/2026</td></tr>
<tr><td><b>Method</b></td><td>Faster Payment</td></tr>
</table>
<br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>Your ref</th><th>Date</th><th>Amount</th><th>Paid</th></tr>
<tr><td>BW-7</td><td>01/08/2026</td><td>&pound;3,200.00</td><td>&pound;3,200.00</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td><b>&pound;3,200.00</b></td></tr>
</table>
<p>Sent on behalf of Brightwater Events Ltd by Ledgerline Bookkeeping.<br>
Please do not reply to this email. Queries to accounts@ledgerline.example</p>
</body></html>
"""

msg("bw-remit", LL_REMIT, [SAM], "Remittance advice - Brightwater Events Ltd", D(10, 6, 9, 12, 0, BST),
    REMIT_HTML, "brightwater-events", "HTML-only remittance from the bookkeepers for BW-7.", "hard",
    id_style="generic", id_domain="ledgerline.example", fmt="html", enc="qp")

msg("bake-rem1", SAM, [BAKE], "Invoice INV-051 \u2013 Old Bakehouse Caf\u00e9 menus & signage",
    D(10, 7, 11, 0, 26, BST),
    "Hi Maria,\n\nHope the caf\u00e9's been busy! Just a reminder that invoice INV-051 (\u00a3620.00) for the new "
    "menus and window signage was due on 30 September. I've tried your mobile a couple of times but I know "
    "you're run off your feet, so thought I'd drop you a line here.\n\nThanks,\nSam" + SAM_SIG,
    "old-bakehouse", "Sam chases the caf\u00e9 about INV-051.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-ap1", HF_AP, [SAM], "RE: FW: Invoice INV-047 - Baker Design", D(10, 7, 16, 20, 48, BST),
    "Dear Supplier,\n\nThank you for your invoice. Invoice INV-047 has been matched to PO-55902 and approved. "
    "It is scheduled for payment in the BACS run on 30/10/2026.\n\nPlease note that all invoices for "
    "Harbour & Finch Ltd and other HF Group companies should in future be sent directly to "
    "ap@hf-sharedservices.example.\n\nKind regards,\n\nMark Ellison\nAccounts Payable | HF Group Shared "
    "Services\n\n" + outlook_block("hf-fwd"),
    "harbour-finch", "The client's shared-services AP team replies from another domain about INV-047.",
    "hard", cc=[PRIYA, HF_ACC], id_style="hf", parent="hf-fwd", fmt="alt", enc="qp",
    extra=["Thread-Topic: Invoice INV-047 - Baker Design",
           "Thread-Index: AdtG1b3m9kQ2b1nHSoW0YpT5rTzA4wBHx1Qg"])

msg("bake-maria1", BAKE, [SAM], "Re: Invoice INV-051 \u2013 Old Bakehouse Caf\u00e9 menus & signage",
    D(10, 8, 8, 14, 50, BST),
    "Hi Sam sorry!! Summer was so quiet with the roadworks outside, honestly nobody could get to us. Can I "
    "pay you 300 at end of Oct and the rest end of Nov? Menus look fab everyone comments on them\n\n"
    "Maria x\n\nSent from my Galaxy\n\n" + on_apple("bake-rem1").replace("On ", "-------- Original message "
                                                                         "--------\nOn ", 1) + "\n"
    + quote(b("bake-rem1")) + "\n",
    "old-bakehouse", "The caf\u00e9 owner asks to pay INV-051 in two parts.", "easy",
    id_style="generic", id_domain="theoldbakehouse.example", parent="bake-rem1", enc="8bit")

msg("bake-sam1", SAM, [BAKE], "Re: Invoice INV-051 \u2013 Old Bakehouse Caf\u00e9 menus & signage",
    D(10, 8, 9, 30, 2, BST),
    "Hi Maria,\n\nThat's fine - \u00a3300 by 31 October and the remaining \u00a3320 by 30 November. Thanks for "
    "letting me know, and glad the menus are going down well.\n\nSam" + SAM_SIG,
    "old-bakehouse", "Sam agrees the INV-051 instalments.", "easy",
    inbound=False, parent="bake-maria1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("linkfolio", ("Linkfolio", "notifications@linkfolio.example"), [SAM], "Priya Nair viewed your profile",
    D(10, 9, 7, 3, 0, tz(-7)),
    "Sam, you appeared in 4 searches this week.\n\nPriya Nair\nMarketing Manager at Harbour & Finch Ltd\n"
    "viewed your profile\n\nSee all views: https://linkfolio.example/me/profile-views\n\n"
    "This email was intended for Sam Baker (Freelance graphic designer). Unsubscribe: "
    "https://linkfolio.example/e/unsub?t=pv\n",
    None, "Social-network notification naming a client contact; not about the debt.", "hard",
    id_style="generic", id_domain="mail.linkfolio.example", fmt="alt",
    extra=["List-Unsubscribe: <https://linkfolio.example/e/unsub?t=pv>"])

msg("kes-rem2", SAM, [JON], "Re: Invoice 2058 - Kestrel autumn catalogue", D(10, 12, 9, 10, 0, BST),
    "Hi Jon,\n\nHope the show went well. 2058 is now nearly four weeks overdue, and invoice 2062 (\u00a3540, "
    "product photo retouching) was due on 10 October too. Could you let me know when I can expect payment "
    "for both?\n\nThanks,\nSam\n\n" + on_apple("kes-jon1") + "\n\n" + quote(b("kes-jon1")) + "\n",
    "kestrel-outdoor", "Sam chases Kestrel invoices 2058 and 2062.", "easy",
    inbound=False, parent="kes-jon1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("kes-jon2", JON_P, [SAM], "Re: Invoice 2058 - Kestrel autumn catalogue", D(10, 13, 22, 48, 5, BST),
    "Hi Sam,\n\nReplying from my own account as my work laptop has died and IT are 'looking at it'. Honest "
    "answer is the show cost us a lot more than planned and cash is tight until the Christmas orders land. "
    "Could we split 2058 into two, half now-ish and half in November? I'll look at 2062 once I'm back on my "
    "work machine - I think there's a question over the retouching deadline.\n\nSorry, not the email you "
    "want.\nJon\n\nGet Outlook for Android\n\n" + outlook_block("kes-rem2", long_date=True),
    "kestrel-outdoor", "Jon switches to a personal Outlook address mid-thread about 2058/2062.", "hard",
    id_style="outlookcom", parent="kes-rem2", fmt="alt", enc="qp")

msg("kes-sam-g", SAMG, [JON_P], "Re: Invoice 2058 - Kestrel autumn catalogue", D(10, 14, 7, 55, 3, BST),
    "Thanks for being straight with me Jon. OK to split 2058: \u00a3987.50 by the end of October and "
    "\u00a3987.50 by 20 November. Let's talk about 2062 when you're back on your laptop.\n\nSam\n\n"
    "Sent from my phone\n\n" + on_gmail("kes-jon2") + "\n\n" + quote(b("kes-jon2")) + "\n",
    "kestrel-outdoor", "Sam, from his personal Gmail, agrees to split 2058.", "hard",
    inbound=False, id_style="gmail", parent="kes-jon2", fmt="alt", enc="qp",
    boundary="00000000000019c6e7062c4d8a02",
    date_str="Wed, 14 Oct 2026 07:55:03 +0100 (BST)")

FIELD_HTML = """<html><body style="background:#111;color:#eee;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;padding:32px">
<p style="letter-spacing:4px;font-size:11px">FIELDWORK TYPE</p>
<h1 style="font-size:40px;margin:0">Autumn sale</h1>
<p>40% off every family until Sunday. Desktop, web and app licences.</p>
<p><a style="color:#ffcc00" href="https://fieldworktype.example/sale">Browse the catalogue</a></p>
<p style="font-size:11px;color:#888">Fieldwork Type GmbH, Berlin. <a style="color:#888" href="https://fieldworktype.example/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""

msg("news-fieldwork", ("Fieldwork Type", "studio@fieldworktype.example"), [SAM],
    "Autumn sale: 40% off all families", D(10, 15, 10, 0, 0, tz(2)),
    "FIELDWORK TYPE\n\nAutumn sale\n40% off every family until Sunday. Desktop, web and app licences.\n\n"
    "Browse the catalogue: https://fieldworktype.example/sale\n\nFieldwork Type GmbH, Berlin. Unsubscribe: "
    "https://fieldworktype.example/unsubscribe\n",
    None, "Font foundry promotion.", "easy", id_style="generic", id_domain="fieldworktype.example",
    fmt="alt", html=FIELD_HTML, extra=["Precedence: bulk"])

msg("phish", ("Accounts Department", "billing@docs-securebilling.example"), [SAM],
    "Overdue invoice #INV-0042 - final notice", D(10, 16, 11, 42, 19, tz(3)),
    "Dear Customer,\n\nYour invoice INV-0042 is now 14 days overdue. To avoid suspension of services please "
    "review and settle the document using the secure link below:\n\n"
    "http://docs-securebilling.example/view?id=8812&ref=INV-0042\n\n"
    "Failure to act within 24 hours will result in additional charges.\n\nAccounts Department\n",
    None, "Phishing; INV-0042 only looks like Harbour & Finch's INV-042.", "hard",
    id_style="generic", id_domain="docs-securebilling.example")

msg("cole-rem3", SAM, [DAVE], "Invoice 2044 - flyers", D(10, 19, 10, 0, 44, BST),
    "Hi Dave,\n\nThanks again for sorting 2031. Just a heads-up that 2044 (\u00a3380, the A5 flyers) is due "
    "at the end of this month.\n\nCheers,\nSam" + SAM_SIG,
    "cole-joinery", "Sam reminds Dave about invoice 2044.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

DAVE_FWD_ID = make_id("gmail", "cole-dave-fwd-to-sue")  # Dave's forward to Sue; never in Sam's mailbox

msg("cole-sue1", SUE, [SAM], "Re: Fwd: Invoice 2044 - flyers", D(10, 21, 19, 36, 12, BST),
    "Hi Sam,\n\nI'm Dave's wife, I do all his paperwork (he forwards me everything, he's hopeless with "
    "email!). About the flyers - the mobile number on them is wrong, it's got 07700 900517 instead of "
    "07700 900571, so we've had 2,000 flyers go out with the wrong number on. Dave doesn't think he should "
    "pay the full amount for that. What can you do?\n\nThanks\nSue Cole\n\n"
    "On Mon, 19 Oct 2026 at 18:02, Dave Cole <dave.cole.joinery@gmail.com> wrote:\n\n"
    "> ---------- Forwarded message ---------\n> From: Sam Baker <sam@bakerdesign.example>\n"
    "> Date: Mon, 19 Oct 2026 at 10:00\n> Subject: Invoice 2044 - flyers\n"
    "> To: Dave Cole <dave.cole.joinery@gmail.com>\n>\n>\n" + quote(b("cole-rem3")) + "\n",
    "cole-joinery", "Dave's wife, from her own Gmail, disputes invoice 2044.", "hard",
    cc=[DAVE], id_style="gmail", fmt="alt", boundary="000000000000e51a3c062c92f0b7",
    irt_raw=DAVE_FWD_ID, refs_raw=[BY_KEY["cole-rem3"]["msgid"], DAVE_FWD_ID])

msg("cole-sam-sue", SAM, [SUE], "Re: Fwd: Invoice 2044 - flyers", D(10, 22, 9, 15, 8, BST),
    "Hi Sue,\n\nThanks for getting in touch, and nice to 'meet' you. I've gone back through my emails - the "
    "number on the flyers is the one Dave sent me on 2 August (07700 900517), and he signed off the proof on "
    "the 5th. I'm happy to send corrected artwork to the printer at no charge, but I don't think a discount "
    "on the design fee is fair. Let me know what you think.\n\nBest,\nSam\n\n" + on_gmail("cole-sue1") + "\n\n"
    + quote(b("cole-sue1")) + "\n",
    "cole-joinery", "Sam answers the dispute over invoice 2044.", "easy",
    cc=[DAVE], inbound=False, parent="cole-sue1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("rob-pics", ROB, [SAMG], "pics from Saturday", D(10, 23, 12, 30, 51, BST),
    "A few from the wedding. You look absolutely wrecked in the last one, I'm keeping it.\n\n"
    "https://photos.example/share/AF1QipN3kz\n\nR\n",
    None, "Personal email from a friend.", "easy", id_style="gmail", fmt="alt",
    boundary="0000000000005b0d91062cb4e3a8")

msg("acct-q", SAM, [RACHEL], "Late payers - interest?", D(10, 26, 10, 30, 0, GMT),
    "Hi Rachel,\n\nQuick one when you have a minute. I've got two clients dragging their feet - the joinery "
    "one (2044, and they're now disputing part of it) and the outdoor gear one (2058 is meant to be coming in "
    "two halves, 2062 not paid at all). Can I actually add statutory late payment interest as a sole trader, "
    "and at what point is small claims worth it? Don't want to burn bridges but I'm getting fed up.\n\n"
    "Thanks,\nSam" + SAM_SIG,
    None, "Sam asks his accountant about two cases at once (Cole Joinery and Kestrel).", "hard",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("acct-a", RACHEL, [SAM], "Re: Late payers - interest?", D(10, 26, 15, 2, 27, GMT),
    "Hi Sam,\n\nYes, you can. The Late Payment of Commercial Debts (Interest) Act applies to sole traders "
    "too: 8% over base rate from the due date, plus fixed compensation of \u00a340 on debts under \u00a31,000 "
    "and \u00a370 up to \u00a310,000. You don't have to have mentioned it in your terms.\n\n"
    "For the joiner I'd settle the dispute first - if the error was theirs, say so in writing with the "
    "dates, and offer something small to close it. For the other one, if they miss the instalment send a "
    "short letter before action giving 14 days, then Money Claim Online. It's cheap for small amounts.\n\n"
    "Happy to look over a letter if you want.\n\nRachel\n\nRachel Ellis FCCA\nEllis Accounts\n\n"
    + on_apple("acct-q") + "\n\n" + quote(b("acct-q")) + "\n",
    None, "Accountant's advice covering both the Cole Joinery and Kestrel debts.", "hard",
    id_style="generic", id_domain="ellisaccounts.example", parent="acct-q", enc="qp")

msg("ink-paid", INKWELL, [SAM], "Payment received - invoice 2031", D(10, 28, 9, 5, 0, GMT),
    "Dear Sam,\n\nThank you - we have received your payment of \u00a3312.60 against invoice 2031. Your account "
    "is now clear.\n\nKind regards\nAccounts Team\nInkwell Print Ltd\n",
    None, "Supplier's receipt for its own invoice 2031 (Sam paying, not being paid).", "hard",
    id_style="generic", id_domain="inkwellprint.example", enc="qp")

msg("bank-hf", BANK, [SAM], "You've received a payment", D(10, 30, 6, 10, 2, GMT),
    "Hi Sam,\n\nYou've received \u00a3850.00 into your Business Current Account ending 4471.\n\n"
    "Payer: HF GROUP SHARED SVCS\nReference: HFG BACS 301026\nDate: 30/10/2026\n\nOpen the app to see more."
    "\n\nMercia Bank\n",
    "harbour-finch", "Bank alert: HF Group pays the INV-047 amount in the promised 30 Oct run.", "hard",
    id_style="generic", id_domain="notify.merciabank.example", enc="qp")

msg("bake-noid", MARIA_H, [SAM], "payment", D(10, 30, 13, 13, 40, GMT),
    "Hi Sam its Maria from the bakehouse, done a transfer for 300 today like we said. Rest end of Nov. "
    "Thanks for being so patient xx\n",
    "old-bakehouse", "Caf\u00e9 owner from an unknown Hotmail address, no Message-ID, paying part of INV-051.",
    "hard", id_style=None, extra=["X-Mailer: Samsung Mobile Email"])

msg("bank-bake", BANK, [SAM], "You've received a payment", D(10, 30, 13, 20, 9, GMT),
    "Hi Sam,\n\nYou've received \u00a3300.00 into your Business Current Account ending 4471.\n\n"
    "Payer: M LOPES\nReference: OLD BAKEHOUSE\nDate: 30/10/2026\n\nOpen the app to see more.\n\nMercia Bank\n",
    "old-bakehouse", "Bank alert: \u00a3300 from the caf\u00e9 owner, the agreed first instalment.", "hard",
    id_style="generic", id_domain="notify.merciabank.example", enc="qp")

msg("bake-sam2", SAM, [MARIA_H], "Re: payment", D(10, 30, 17, 40, 55, GMT),
    "Thanks Maria, that's come through. Speak at the end of November.\n\nSam" + SAM_SIG,
    "old-bakehouse", "Sam thanks the caf\u00e9 owner for the part-payment.", "hard",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("kes-jon3", JON_P, [SAM], "Re: Invoice 2058 - Kestrel autumn catalogue", D(10, 31, 11, 20, 37, GMT),
    "First half sent (\u00a3987.50), should be with you Monday. Thanks for being flexible.\n\nJ\n\n"
    "Get Outlook for Android\n\n" + outlook_block("kes-sam-g", long_date=True),
    "kestrel-outdoor", "Jon, from his personal address, pays half of 2058.", "easy",
    id_style="outlookcom", parent="kes-sam-g", fmt="alt", enc="qp")

# ---- November 2026 -------------------------------------------------------

msg("hf-ap2", SAM, [HF_AP], "RE: FW: Invoice INV-047 - Baker Design", D(11, 2, 9, 0, 18, GMT),
    "Hi Mark,\n\nThanks - INV-047 arrived on Friday. However INV-042 (\u00a32,400, PO-55710), which Priya sent "
    "you on 16 September, still hasn't been paid. Could you check its status?\n\nThanks,\nSam" + SAM_SIG
    + "\n" + on_apple("hf-ap1") + "\n\n" + quote(b("hf-ap1")) + "\n",
    "harbour-finch", "Sam asks the client's AP team about INV-042.", "easy",
    cc=[PRIYA], inbound=False, parent="hf-ap1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("bw-rem2", SAM, [TOM], "Re: Brightwater Events - invoice BW-9 (sponsor pack)", D(11, 3, 10, 10, 0, GMT),
    "Hi Tom, Zo\u00eb,\n\nJust a nudge that BW-9 (\u00a31,100) was due on 31 October. Thanks for sorting BW-7 "
    "last month.\n\nSam" + SAM_SIG,
    "brightwater-events", "Sam chases BW-9.", "easy",
    cc=[ZOE], inbound=False, parent="bw-inv9", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("bw-tom2", TOM, [SAM], "Winter Lights - sponsor boards?", D(11, 3, 16, 45, 3, GMT),
    "Hi Sam\n\nZo\u00eb's on it, will be in this month's run I think.\n\nDifferent thing - we've got Winter "
    "Lights at Castlefield on 12 Dec and need 6 sponsor boards (2m x 1m) in the same look as the sponsor "
    "pack. Could you quote? Ellie's copied, she's got all the sponsor logos.\n\nCheers\nTom\n\n--\nTom Ashby\n"
    "Director, Brightwater Events Ltd\n0161 496 0734\n\n" + on_apple("bw-rem2") + "\n\n" + quote(b("bw-rem2"))
    + "\n",
    "brightwater-events", "Tom replies under a new subject (In-Reply-To intact) and answers about BW-9.",
    "hard", cc=[ELLIE], id_style="apple", id_domain="brightwater-events.example", parent="bw-rem2", enc="qp",
    extra=["X-Mailer: Apple Mail (2.3826.200.121)"])

msg("bw-sam-quote", SAM, [TOM], "Re: Winter Lights - sponsor boards?", D(11, 4, 9, 30, 40, GMT),
    "Hi Tom, Ellie,\n\nHappy to. For six boards reusing the sponsor pack artwork I'd say \u00a3450 plus print. "
    "I can start once BW-9 is settled, if that's OK.\n\nEllie, could you send the logos as vectors "
    "(EPS/SVG/PDF) rather than JPGs?\n\nThanks,\nSam" + SAM_SIG,
    "brightwater-events", "Quote for new work to the client, conditional on paying BW-9.", "hard",
    cc=[ELLIE], inbound=False, parent="bw-tom2", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

BW_NEWS_HTML = """<html><body style="margin:0;background:#0b1d3a;font-family:Arial,sans-serif;color:#fff">
<table width="100%"><tr><td align="center" style="padding:40px">
<h1 style="font-size:36px">Winter Lights 2026</h1>
<p>Castlefield Basin &middot; 12&ndash;14 December</p>
<p>Early bird tickets are on sale now &mdash; &pound;8 adults, under-12s free.</p>
<p><a href="https://brightwater-events.example/winterlights" style="background:#ffd23f;color:#0b1d3a;padding:12px 24px;text-decoration:none">Book now</a></p>
<p style="font-size:11px;color:#9ab">You're on this list because you've worked with or attended a Brightwater event.
<a href="https://brightwater-events.example/unsubscribe" style="color:#9ab">Unsubscribe</a></p>
</td></tr></table></body></html>
"""

msg("bw-news", BW_NEWS, [SAM], "Winter Lights 2026: early bird tickets now on sale \u2728",
    D(11, 4, 12, 0, 0, GMT),
    "Winter Lights 2026\nCastlefield Basin - 12-14 December\n\nEarly bird tickets are on sale now - \u00a38 "
    "adults, under-12s free.\n\nBook now: https://brightwater-events.example/winterlights\n\nYou're on this "
    "list because you've worked with or attended a Brightwater event. Unsubscribe: "
    "https://brightwater-events.example/unsubscribe\n",
    None, "Client's own marketing mailshot; from their domain but nothing to do with the debt.", "hard",
    id_style="generic", id_domain="mc.brightwater-events.example", fmt="alt", html=BW_NEWS_HTML, enc="qp",
    extra=["List-Unsubscribe: <https://brightwater-events.example/unsubscribe>", "Precedence: bulk"])

msg("hf-ap3", HF_AP, [SAM], "RE: FW: Invoice INV-047 - Baker Design", D(11, 5, 14, 22, 6, GMT),
    "Dear Sam,\n\nINV-042 was on hold because it had been registered against a duplicate supplier record "
    "(\"Baker Design\" and \"Baker Design Ltd\"). The records have now been merged and the invoice released "
    "for the BACS run on 13/11/2026.\n\nApologies for the delay.\n\nKind regards,\n\nMark Ellison\n"
    "Accounts Payable | HF Group Shared Services\n\n" + outlook_block("hf-ap2"),
    "harbour-finch", "Client's AP team says INV-042 is released for payment.", "easy",
    cc=[PRIYA], id_style="hf", parent="hf-ap2", fmt="alt", enc="qp",
    extra=["Thread-Topic: Invoice INV-047 - Baker Design"])

msg("registrar", ("Namecrate Billing", "billing@namecrate.example"), [SAM],
    "Renewal invoice #88213 - bakerdesign.example", D(11, 6, 2, 14, 9, tz(-5)),
    "Hello Sam Baker,\n\nYour domain bakerdesign.example will renew automatically on 6 December 2026.\n\n"
    "Invoice #88213\nbakerdesign.example - 1 year renewal ....... \u00a314.99\nVAT ........................... "
    "\u00a33.00\nTotal ......................... \u00a317.99\n\nThe card ending 0912 will be charged. To change "
    "this, visit https://namecrate.example/account\n\nNamecrate\n",
    None, "Domain registrar's own invoice to Sam.", "easy",
    id_style="generic", id_domain="namecrate.example", enc="qp")

msg("fen-2", LAURA, [SAM], "Re: 20th anniversary booklet - are you free in November?", D(11, 9, 16, 18, 30, GMT),
    "Hi Sam,\n\nBrief attached as promised (finally!). The partners want 18 projects, photos mostly exist "
    "but a few will need reshooting. Could you quote by the end of next week?\n\nBest wishes,\nLaura\n\n"
    "Laura Fenwick RIBA\nDirector, Fenwick Architects\n\n" + on_apple("fen-1-re") + "\n\n"
    + quote(b("fen-1-re")) + "\n",
    None, "Paid-up client sends a brief for new work.", "easy",
    id_style="generic", id_domain="fenwickarchitects.example", parent="fen-1-re",
    attach=[("Fenwick-20-booklet-brief.pdf", fake_pdf("Fenwick 20 booklet brief"))])

msg("cole-dave2", DAVE, [SAM], "Re: Fwd: Invoice 2044 - flyers", D(11, 10, 7, 2, 55, GMT),
    "Sam, Sue showed me. Fair enough you're right about the number, my fault, I had a new phone in the "
    "summer and got the digits mixed up. If you can get the printer to redo them I'll pay the 380 this week."
    "\n\nDave\n\n" + on_gmail("cole-sam-sue") + "\n\n" + quote(b("cole-sam-sue")) + "\n",
    "cole-joinery", "Dave accepts invoice 2044 and promises payment.", "easy",
    cc=[SUE], id_style="gmail", parent="cole-sam-sue", fmt="alt", boundary="000000000000a02c1f062d8ec4d5")

msg("tax", ("Tax Online", "no-reply@taxonline.example"), [SAM],
    "Reminder: your Self Assessment tax return is due 31 January", D(11, 12, 8, 0, 0, GMT),
    "Dear Sam Baker,\n\nThis is a reminder that your Self Assessment tax return for the tax year ending "
    "5 April 2026 must be filed online by 31 January 2027, and any tax owed paid by the same date.\n\n"
    "Sign in to your online account to get started. We will never ask for bank details by email.\n\n"
    "Tax Online\n",
    None, "Tax authority reminder.", "easy", id_style="generic", id_domain="notify.taxonline.example")

msg("bw-zoe2", ZOE, [SAM], "BW-9 - PO mismatch", D(11, 13, 10, 5, 47, GMT),
    "Hi Sam,\n\nBW-9 is showing PO BWE-2188 but Brightwater's system has that PO as closed against another "
    "supplier. Tom has raised BWE-2211 for the sponsor pack instead. Could you reissue BW-9 with the new PO "
    "and I'll add it to the December run?\n\nThanks,\n\nZo\u00eb Hart\nSenior Bookkeeper\nLedgerline "
    "Bookkeeping \u00b7 Stockport\n0161 496 0999\n",
    "brightwater-events", "The client's bookkeeper, outside any thread, asks for BW-9 to be reissued.", "hard",
    id_style="generic", id_domain="ledgerline.example", enc="qp")

msg("bw-zoe2-re", SAM, [ZOE], "Re: BW-9 - PO mismatch", D(11, 13, 11, 30, 21, GMT),
    "Hi Zo\u00eb,\n\nReissued with BWE-2211, attached. It's a bit frustrating as it was due on 31 October - "
    "any chance it could go in an earlier run?\n\nSam" + SAM_SIG,
    "brightwater-events", "Sam reissues BW-9 to the bookkeeper.", "easy",
    cc=[TOM], inbound=False, parent="bw-zoe2", enc="qp",
    attach=[("BW-9 (PO BWE-2211).pdf", fake_pdf("Baker Design invoice BW-9 (PO BWE-2211)"))],
    extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("spam-quota", ("IT Helpdesk", "support@webmail-quota.example"), [SAM],
    "Mailbox storage 98% full - action required", D(11, 17, 4, 12, 0, tz(5, 30)),
    "Dear sam@bakerdesign.example,\n\nYour mailbox has reached 98% of its storage limit. Incoming messages "
    "will be held until you verify your account.\n\nVerify now: http://webmail-quota.example/verify?u=sam\n\n"
    "Webmail Support Team\n",
    None, "Phishing spam.", "easy", id_style="generic", id_domain="webmail-quota.example")

msg("kes-rem3", SAM, [JON_P, JON], "Re: Invoice 2058 - Kestrel autumn catalogue", D(11, 18, 9, 0, 0, GMT),
    "Hi Jon,\n\nThanks for the first half of 2058, which arrived on 2 November. Just a reminder that the "
    "second half (\u00a3987.50) is due on Friday, and 2062 (\u00a3540) is still outstanding - are you back on "
    "your work laptop yet so we can talk about it?\n\nSam" + SAM_SIG,
    "kestrel-outdoor", "Sam chases the rest of 2058 and 2062.", "easy",
    inbound=False, parent="kes-jon3", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

KES_REM3 = BY_KEY["kes-rem3"]
BOUNCE_TEXT = (
    "This is the mail system at host smtp.mailhost.example.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached "
    "returned message.\n\n                   The mail system\n\n"
    "<jon.meyer@kestreloutdoor.example>: host mx1.kestreloutdoor.example[192.0.2.41]\n"
    "    said: 550 5.1.1 <jon.meyer@kestreloutdoor.example>: Recipient address\n"
    "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n")
BOUNCE_STATUS = (
    "Reporting-MTA: dns; smtp.mailhost.example\nX-Postfix-Queue-ID: 4Gk2Lq0Zx3z9sNb\n"
    "Arrival-Date: Wed, 18 Nov 2026 09:00:02 +0000 (GMT)\n\n"
    "Final-Recipient: rfc822; jon.meyer@kestreloutdoor.example\n"
    "Original-Recipient: rfc822;jon.meyer@kestreloutdoor.example\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; mx1.kestreloutdoor.example\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <jon.meyer@kestreloutdoor.example>: Recipient\n"
    "    address rejected: User unknown in virtual mailbox table\n")
BOUNCE_HEADERS = (
    "Return-Path: <sam@bakerdesign.example>\n"
    "From: Sam Baker <sam@bakerdesign.example>\n"
    "Subject: Re: Invoice 2058 - Kestrel autumn catalogue\n"
    "Date: %s\n"
    "Message-Id: %s\n"
    "In-Reply-To: %s\n"
    "To: Jon Meyer <jonmeyer.home@outlook.com>,\n Jon Meyer <jon.meyer@kestreloutdoor.example>\n"
    % (format_datetime(KES_REM3["date"]), KES_REM3["msgid"], KES_REM3["irt"]))

msg("kes-bounce", ("Mail Delivery System", "MAILER-DAEMON@smtp.mailhost.example"), [SAM],
    "Undelivered Mail Returned to Sender", D(11, 18, 9, 0, 7, GMT), BOUNCE_TEXT,
    "kestrel-outdoor", "Bounce of Sam's Kestrel reminder; the original is only in the attached headers.",
    "hard", id_style="generic", id_domain="smtp.mailhost.example", fmt="report",
    extra=["Auto-Submitted: auto-replied"])

msg("hf-rem3", SAM, [PRIYA], "INV-042 - still not received", D(11, 20, 10, 0, 31, GMT),
    "Hi Priya,\n\nSorry to bother you with this again. Mark in AP told me INV-042 would be paid in the "
    "13 November run, but nothing has arrived. It's now nearly three months overdue. Is there anything you "
    "can do from your end?\n\nThanks,\nSam" + SAM_SIG,
    "harbour-finch", "Sam chases INV-042 again.", "easy",
    inbound=False, enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("hf-priya2", PRIYA, [SAM], "RE: INV-042 - still not received", D(11, 20, 13, 41, 12, GMT),
    "Sam, I'm mortified. I'll walk down to AP this afternoon and not leave until it's done. Will let you "
    "know.\n\nP\n\nPriya Nair\nMarketing Manager\nHarbour & Finch Ltd | 14 Quay Street, Bristol BS1 4DB\n\n"
    + outlook_block("hf-rem3"),
    "harbour-finch", "Priya promises to push INV-042 through.", "easy",
    id_style="hf", parent="hf-rem3", fmt="alt", enc="qp", extra=["Thread-Topic: INV-042 - still not received"])

msg("kes-jon4", JON_NEW, [SAM], "Kestrel - 2058 / 2062", D(11, 23, 16, 5, 58, GMT),
    "Hi Sam,\n\nNew email address - we've moved everything to Google Workspace and the old jon.meyer@ "
    "addresses have gone, sorry if anything bounced.\n\nSecond half of 2058 went today.\n\nOn 2062: the "
    "retouched shots came back on 2 Oct and our web launch was 28 Sept, so we had to go live with the "
    "unretouched ones. Would you accept \u00a3400 to close it off?\n\nThanks,\nJon\n\nJon Meyer\nHead of "
    "Marketing | Kestrel Outdoor Co.\n",
    "kestrel-outdoor", "Jon, from a third address, pays 2058 and disputes 2062.", "easy",
    id_style="gmail", fmt="alt", enc="qp", boundary="000000000000d7aa40062e7a1b93")

msg("bake-rem2", SAM, [BAKE], "Re: Invoice INV-051 \u2013 Old Bakehouse Caf\u00e9 menus & signage",
    D(11, 25, 10, 0, 14, GMT),
    "Hi Maria,\n\nJust a reminder that the remaining \u00a3320 on INV-051 is due on 30 November. Thanks again "
    "for the \u00a3300 last month.\n\nSam" + SAM_SIG,
    "old-bakehouse", "Sam reminds the caf\u00e9 of the INV-051 balance.", "easy",
    inbound=False, parent="bake-sam1", enc="qp", extra=["X-Mailer: Apple Mail (2.3774.600.62)"])

msg("bake-jess", ("The Old Bakehouse", "hello@theoldbakehouse.example"), [SAM],
    "Re: Invoice INV-051 \u2013 Old Bakehouse Caf\u00e9 menus & signage", D(11, 26, 9, 12, 33, GMT),
    "Hi Sam, this is Jess (I work in the caf\u00e9). Maria's away at her sister's until Monday, I've left "
    "her a note about the invoice.\n\nJess\n\n" + on_apple("bake-rem2") + "\n" + quote(b("bake-rem2")) + "\n",
    "old-bakehouse", "Caf\u00e9 staff member acknowledges the INV-051 reminder.", "easy",
    id_style="generic", id_domain="theoldbakehouse.example", parent="bake-rem2", enc="8bit")

DUP_INDEX = len(MSGS)  # the Gmail-label copy of Dave's "paid today" goes here

msg("rob-mel", ROB, [SAMG], "Greetings from Melbourne", D(11, 28, 8, 45, 10, tz(11)),
    "Made it! 32 degrees and I've already burnt my neck. Jen says hi. Christmas drinks when we're back "
    "on the 19th?\n\nR\n",
    None, "Personal email from a friend abroad.", "easy", id_style="gmail", fmt="alt",
    boundary="000000000000410f7c062e9b5d20")

# --------------------------------------------------------------- render


def render(m):
    lines = []
    if m["inbound"]:
        lines.append("Return-Path: <%s>" % (m["frm"][1] if "MAILER-DAEMON" not in m["frm"][1] else ""))
        lines.append("Delivered-To: %s" % m["to"][0][1] if m["to"][0] in (SAM, SAMG) else
                     "Delivered-To: %s" % SAM[1])
    lines.append("Date: " + (m["date_str"] or format_datetime(m["date"])))
    lines.append("From: " + addr(m["frm"]))
    lines.append("To: " + ",\n ".join(addr(p) for p in m["to"]))
    if m["cc"]:
        lines.append("Cc: " + ",\n ".join(addr(p) for p in m["cc"]))
    lines.append("Subject: " + hdr(m["subject"]))
    if m["msgid"]:
        lines.append("Message-ID: " + m["msgid"])
    if m["irt"]:
        lines.append("In-Reply-To: " + m["irt"])
    if m["refs"]:
        lines.append("References: " + "\n ".join(m["refs"]))
    lines.extend(m["extra"])
    lines.append("MIME-Version: 1.0")

    bnd = m["boundary"] or ("----=_Part_%s" % fnv(m["key"] + "bnd", 20))
    fmt, body, enc = m["fmt"], m["body"], m["enc"]
    if fmt == "plain":
        main = leaf("text/plain", body, enc)
    elif fmt == "html":
        main = leaf("text/html", body, enc)
    elif fmt == "alt":
        html = m["html"] or ("<html><body>\n" + to_html(body) + "</body></html>\n")
        main = multipart("alternative", (bnd + "_alt") if m["attach"] else bnd,
                         [leaf("text/plain", body, enc), leaf("text/html", html, enc or "qp")])
    elif fmt == "report":
        main = multipart("report", bnd, [
            leaf("text/plain", body, "7bit", ["Content-Description: Notification"]),
            (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], BOUNCE_STATUS),
            (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
             BOUNCE_HEADERS)], '; report-type=delivery-status')
    else:
        raise ValueError(fmt)
    if m["attach"]:
        parts = [main] + [attachment(fn, data) for fn, data in m["attach"]]
        main = multipart("mixed", bnd, parts)
    h, bd = main
    lines.extend(h)
    text = "\n".join(lines) + "\n\n" + bd
    if not text.endswith("\n"):
        text += "\n"
    return text


def from_line(m):
    sender = m["frm"][1] if "MAILER-DAEMON" not in m["frm"][1] else "MAILER-DAEMON"
    u = m["date"].astimezone(timezone.utc)
    return "From %s %s %s %2d %02d:%02d:%02d %d" % (sender, u.strftime("%a"), u.strftime("%b"), u.day, u.hour,
                                                    u.minute, u.second, u.year)


def main():
    order = MSGS[:DUP_INDEX] + [COLE_PAID] + MSGS[DUP_INDEX:]
    first_copy = order.index(COLE_PAID) + 1
    out = []
    labels = []
    for n, m in enumerate(order, 1):
        raw = render(m)
        body_lines = raw.split("\n")
        for l in body_lines:
            assert not l.startswith("From "), (m["key"], l)
        out.append(from_line(m) + "\n" + raw + "\n")
        if m is COLE_PAID:  # both copies get the same label
            why = "%s Same message twice (Gmail label copy): %d and %d." % (m["why"], first_copy, DUP_INDEX + 1)
            labels.append({"number": n, "case": m["case"], "why": why, "difficulty": "hard"})
        else:
            labels.append({"number": n, "case": m["case"], "why": m["why"], "difficulty": m["difficulty"]})
    with open(os.path.join(HERE, "inbox.mbox"), "wb") as f:
        f.write("".join(out).encode("utf-8"))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    cases = {
        "user": "Sam Baker",
        "me": ["sam@bakerdesign.example", "sam.baker@gmail.com"],
        "cases": [
            {"id": "harbour-finch", "client": "Harbour & Finch Ltd",
             "contact": "priya.nair@harbourfinch.example", "invoices": ["INV-042", "INV-047"]},
            {"id": "cole-joinery", "client": "Cole Joinery",
             "contact": "dave.cole.joinery@gmail.com", "invoices": ["2031", "2044"]},
            {"id": "old-bakehouse", "client": "The Old Bakehouse Caf\u00e9",
             "contact": "07700 900412", "invoices": ["INV-051"]},
            {"id": "brightwater-events", "client": "Brightwater Events Ltd",
             "contact": "Tom Ashby 0161 496 0734", "invoices": ["BW-7", "BW-9"]},
            {"id": "kestrel-outdoor", "client": "Kestrel Outdoor Co.",
             "contact": None, "invoices": ["2058", "2062"]},
        ],
    }
    with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(cases, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()
