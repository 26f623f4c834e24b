#!/usr/bin/env python3
"""Independent checker for parley's .ics exports (RFC 5545).

Usage: validate_ics.py [--expect EXPECT.json] [--after EARLIER.ics] FILE.ics...

Parses each file with the Python `icalendar` library (Debian's
python3-icalendar 4.x or PyPI's 7.x), runs its validation where it has one,
and adds the checks no single parser makes (see research/ecosystem-anchors.md
section 2): required properties per component, DISPLAY alarms with a
DESCRIPTION, and raw-byte rules (CRLF everywhere, no bare CR or LF, no line
over 75 octets, no fold inside a UTF-8 sequence, DTSTAMP in UTC). It also
checks parley's own calendar rules: METHOD:PUBLISH; every VEVENT has a
DTSTART and a DTEND, and an all-day one (DATE) ends the next day; STATUS,
when present, is TENTATIVE, CONFIRMED or CANCELLED. vobject and ical are used
too when importable.

--expect names a JSON list of events as an independent parser should read
them back: {"uid", "date" (YYYY-MM-DD), "summary", "description" (optional),
"sequence" (optional), "cancelled" (optional, default false),
"alarms": [{"description", "triggerSeconds"}]}.

--after names a file exported earlier, which a calendar may have imported:
each FILE must supersede it. Every event of the earlier file is still there
under its UID (a calendar keeps an event until told otherwise), its SEQUENCE
never lower, and higher wherever the event changed (its days, text or
STATUS), so a calendar takes the new version; an event withdrawn stays
withdrawn unless its SEQUENCE rises again.

Exit status: 0 all files pass, 1 a file has problems, 2 usage error,
77 the icalendar library is not installed (callers treat it as "skipped").
"""
import datetime
import json
import re
import sys

try:
    import icalendar
except ImportError:
    print("validate_ics: SKIPPED: the Python icalendar library is not installed "
          "(Debian: apt-get install python3-icalendar; else: pip install icalendar)",
          file=sys.stderr)
    sys.exit(77)

MAX_OCTETS = 75


def raw_problems(raw):
    """Byte-level rules that parsers silently forgive."""
    out = []
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        out.append(f"not UTF-8: {error}")
    if raw.startswith(b"\xef\xbb\xbf"):
        out.append("starts with a byte-order mark")
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        out.append("must end with CRLF")
    lines = lines[:-1] if lines[-1] == b"" else lines
    for number, line in enumerate(lines, 1):
        if b"\n" in line:
            out.append(f"line {number}: bare LF")
        if b"\r" in line:
            out.append(f"line {number}: bare CR")
        if len(line) > MAX_OCTETS:
            out.append(f"line {number}: {len(line)} octets > {MAX_OCTETS}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            out.append(f"line {number}: a fold splits a UTF-8 sequence")
        if line == b"":
            out.append(f"line {number}: empty line")
    # Unfold (RFC 5545 3.1) and look at whole content lines.
    unfolded = raw.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    for line in unfolded.split(b"\r\n"):
        name = line.split(b":", 1)[0].split(b";", 1)[0].upper()
        if name == b"DTSTAMP" and not line.endswith(b"Z"):
            out.append(f"DTSTAMP not in UTC: {line.decode('utf-8', 'replace')}")
    return out


def model_problems(raw):
    """What icalendar (and vobject, ical when present) make of the file."""
    out = []
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as error:  # noqa: BLE001 - report whatever the parser raises
        return [f"icalendar cannot parse: {error}"]
    if hasattr(cal, "validate"):
        try:
            cal.validate()
        except Exception as error:  # noqa: BLE001
            out.append(f"icalendar: {error}")
    if str(cal.get("VERSION", "")) != "2.0":
        out.append("VCALENDAR: VERSION must be 2.0")
    if str(cal.get("METHOD", "")).upper() != "PUBLISH":
        out.append(f"VCALENDAR: METHOD is {str(cal.get('METHOD', 'missing'))!r}, not PUBLISH")
    uids = []
    for component in cal.walk():
        name = component.name
        for prop in getattr(component, "required", ()):
            if prop not in component:
                out.append(f"{name}: missing {prop}")
        for prop in getattr(component, "singletons", ()):
            values = component.get(prop)
            if isinstance(values, list) and len(values) > 1:
                out.append(f"{name}: {prop} appears {len(values)} times")
        out += [f"{name}: {error}" for error in getattr(component, "errors", ())]
        if name == "VEVENT":
            if "DTSTART" not in component:
                out.append("VEVENT: missing DTSTART")
            if "DTEND" in component and "DURATION" in component:
                out.append("VEVENT: both DTEND and DURATION")
            out += end_problems(component)
            status = str(component.get("STATUS", "CONFIRMED")).upper()
            if status not in ("TENTATIVE", "CONFIRMED", "CANCELLED"):
                out.append(f"VEVENT {component.get('UID')}: STATUS {status} is not an event's")
            uids.append(str(component.get("UID")))
        if name == "VALARM":
            action = str(component.get("ACTION", ""))
            if action == "DISPLAY" and "DESCRIPTION" not in component:
                out.append("VALARM: DISPLAY needs DESCRIPTION")
            if "TRIGGER" in component and not isinstance(
                    component.decoded("TRIGGER"), (datetime.timedelta, datetime.datetime)):
                out.append("VALARM: TRIGGER is neither a duration nor a date-time")
    duplicates = sorted({uid for uid in uids if uids.count(uid) > 1})
    out += [f"VEVENT: UID {uid} used more than once" for uid in duplicates]

    text = raw.decode("utf-8", "replace")
    try:
        import vobject
    except ImportError:
        vobject = None
    if vobject is not None:
        try:
            vobject.readOne(text).validate(raiseException=True)
        except Exception as error:  # noqa: BLE001
            out.append(f"vobject: {str(error).splitlines()[0] if str(error) else error!r}")
    try:
        from ical.calendar_stream import IcsCalendarStream
    except ImportError:
        IcsCalendarStream = None
    if IcsCalendarStream is not None:
        try:
            IcsCalendarStream.calendar_from_ics(text)
        except Exception as error:  # noqa: BLE001
            out.append(f"ical: {str(error).splitlines()[0] if str(error) else error!r}")
    return out


def end_problems(event):
    """A DTEND after DTSTART, of the same type; an all-day event's the next day."""
    where = f"VEVENT {event.get('UID')}"
    if "DTEND" not in event:
        return [] if "DURATION" in event else [f"{where}: no DTEND"]
    if "DTSTART" not in event:
        return []
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    start_is_day = not isinstance(start, datetime.datetime)
    end_is_day = not isinstance(end, datetime.datetime)
    if start_is_day != end_is_day:
        return [f"{where}: DTSTART and DTEND are not both DATE or both DATE-TIME"]
    if start_is_day and end != start + datetime.timedelta(days=1):
        return [f"{where}: an all-day event on {start} ends {end}, not the next day"]
    if not end > start:
        return [f"{where}: DTEND {end} is not after DTSTART {start}"]
    return []


CONTENT_LINE = re.compile(
    r'^(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)'
    r'(?:,(?:"[^"]*"|[^";:,]*))*)*):(?P<value>.*)$', re.S)


def reference_unescape(value):
    """RFC 5545 3.3.11 in one left-to-right pass: each escape is read once."""
    return re.sub(r"\\([\\;,nN])",
                  lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def chained_unescape(value):
    """How a chained-replace parser reads a TEXT value: icalendar's own pipeline
    (content-line escape_string, unescape_string, then unescape_char) when it
    has those functions, as 4.x does, else the plain chained replace. Both
    misread an escaped backslash before n, ; or , (such as \\\\n)."""
    parser = getattr(icalendar, "parser", None)
    steps = [getattr(parser, name, None)
             for name in ("escape_string", "unescape_string", "unescape_char")]
    if all(steps):
        for step in steps:
            value = step(value)
        return value
    return (value.replace("\\N", "\\n").replace("\r\n", "\n").replace("\\n", "\n")
            .replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))


def raw_events(raw):
    """Each VEVENT's raw property values (unfolded, still escaped) and its alarms'."""
    events, stack = [], []
    unfolded = raw.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode("utf-8")
    for line in unfolded.split("\r\n"):
        match = CONTENT_LINE.match(line)
        if not match:
            continue
        name, value = match.group("name").upper(), match.group("value")
        if name == "BEGIN":
            stack.append(value.upper())
            if value.upper() == "VEVENT":
                events.append({"alarms": []})
            elif value.upper() == "VALARM" and events:
                events[-1]["alarms"].append({})
        elif name == "END":
            if stack:
                stack.pop()
        elif stack and stack[-1] == "VEVENT":
            events[-1].setdefault(name, value)
        elif stack and stack[-1] == "VALARM" and events and events[-1]["alarms"]:
            events[-1]["alarms"][-1].setdefault(name, value)
    return events


def compare_text(where, prop, parsed, raw_value, want, out, notes):
    """Checks a TEXT value two ways: RFC unescaping of the raw bytes, and icalendar."""
    if raw_value is None or want is None:
        if (raw_value is None) != (want is None):
            out.append(f"{where}: {prop} is {'missing' if raw_value is None else 'unexpected'}")
        return
    reference = reference_unescape(raw_value)
    if reference != want:
        out.append(f"{where}: {prop} unescapes to {reference!r}, expected {want!r}")
    if parsed != want:
        if parsed == chained_unescape(raw_value) and reference == want:
            notes.append(f"{where}: icalendar misreads {prop} (chained-replace unescape, "
                         "a known bug of older icalendar); RFC 5545 reading is correct")
        else:
            out.append(f"{where}: icalendar reads {prop} as {parsed!r}, expected {want!r}")


def expectation_problems(raw, expected, notes):
    """Whether an independent parser reads back exactly the events we meant."""
    out = []
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    raws = raw_events(raw)
    if not (len(events) == len(expected) == len(raws)):
        return [f"expected {len(expected)} events, found {len(events)} ({len(raws)} raw)"]
    for event, raw_event, want in zip(events, raws, expected):
        where = f"event {want['uid']}"
        uid = str(event.get("UID"))
        if uid != want["uid"]:
            out.append(f"{where}: UID reads back as {uid!r}")
        start = event.decoded("DTSTART")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            out.append(f"{where}: DTSTART is not a DATE: {start!r}")
        elif start.isoformat() != want["date"]:
            out.append(f"{where}: DTSTART reads back as {start.isoformat()}")
        for prop, key in (("SUMMARY", "summary"), ("DESCRIPTION", "description")):
            parsed = str(event[prop]) if prop in event else None
            compare_text(where, prop, parsed, raw_event.get(prop), want.get(key), out, notes)
        sequence = int(event["SEQUENCE"]) if "SEQUENCE" in event else None
        if sequence != want.get("sequence"):
            out.append(f"{where}: SEQUENCE reads back as {sequence!r}")
        cancelled = str(event.get("STATUS", "")).upper() == "CANCELLED"
        if cancelled != want.get("cancelled", False):
            out.append(f"{where}: STATUS reads back as {str(event.get('STATUS', 'none'))!r}")
        alarms = [c for c in event.walk() if c.name == "VALARM"]
        wanted_alarms = want.get("alarms", [])
        if not (len(alarms) == len(wanted_alarms) == len(raw_event["alarms"])):
            out.append(f"{where}: {len(alarms)} alarms, expected {len(wanted_alarms)}")
            continue
        for alarm, raw_alarm, want_alarm in zip(alarms, raw_event["alarms"], wanted_alarms):
            trigger = alarm.decoded("TRIGGER")
            seconds = trigger.total_seconds() if isinstance(trigger, datetime.timedelta) else None
            if seconds != want_alarm["triggerSeconds"]:
                out.append(f"{where}: alarm TRIGGER reads back as {trigger!r}")
            parsed = str(alarm["DESCRIPTION"]) if "DESCRIPTION" in alarm else None
            compare_text(where, "alarm DESCRIPTION", parsed, raw_alarm.get("DESCRIPTION"),
                         want_alarm["description"], out, notes)
    return out


def events_by_uid(raw):
    """Each VEVENT of a file, by its UID."""
    cal = icalendar.Calendar.from_ical(raw)
    return {str(c.get("UID")): c for c in cal.walk() if c.name == "VEVENT"}


def succession_problems(earlier_raw, raw):
    """Whether `raw` supersedes `earlier_raw` for a calendar that imported it."""
    out = []
    before_events, after_events = events_by_uid(earlier_raw), events_by_uid(raw)
    for uid, before in before_events.items():
        where = f"event {uid}"
        after = after_events.get(uid)
        if after is None:
            out.append(f"{where}: in the earlier file but not in this one, so a calendar "
                       "that imported it keeps it")
            continue
        old_sequence = int(before.get("SEQUENCE", 0))
        new_sequence = int(after.get("SEQUENCE", 0))
        def changed(props):
            return [prop for prop in props
                    if (before.get(prop) and before.get(prop).to_ical())
                    != (after.get(prop) and after.get(prop).to_ical())]
        # RFC 5546 2.1.4-2.1.5: a change of time or STATUS needs a higher
        # SEQUENCE; other changes may keep it, with a later DTSTAMP.
        significant = changed(("DTSTART", "DTEND", "STATUS"))
        textual = changed(("SUMMARY", "DESCRIPTION"))
        if new_sequence < old_sequence:
            out.append(f"{where}: SEQUENCE went down from {old_sequence} to {new_sequence}")
        elif new_sequence == old_sequence and significant:
            out.append(f"{where}: {', '.join(significant)} changed but SEQUENCE stayed "
                       f"{old_sequence}, so a calendar keeps the old version")
        elif (new_sequence == old_sequence and textual
              and not after.decoded("DTSTAMP") > before.decoded("DTSTAMP")):
            out.append(f"{where}: {', '.join(textual)} changed with the same SEQUENCE and "
                       "no later DTSTAMP")
    return out


def main(argv):
    expected, earlier = None, None
    while len(argv) >= 2 and argv[0] in ("--expect", "--after"):
        if argv[0] == "--expect":
            with open(argv[1], encoding="utf-8") as handle:
                expected = json.load(handle)
        else:
            with open(argv[1], "rb") as handle:
                earlier = handle.read()
        argv = argv[2:]
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    bad = 0
    for path in argv:
        with open(path, "rb") as handle:
            raw = handle.read()
        problems, notes = raw_problems(raw) + model_problems(raw), []
        if expected is not None and not problems:
            problems += expectation_problems(raw, expected, notes)
        if earlier is not None and not problems:
            problems += succession_problems(earlier, raw)
        print(f"{path}: {'OK' if not problems else 'FAILED'} "
              f"(icalendar {getattr(icalendar, '__version__', '?')}"
              f"{f', {len(notes)} notes' if notes else ''})")
        for problem in problems:
            print(f"  - {problem}")
        for note in notes[:5]:
            print(f"  note: {note}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
