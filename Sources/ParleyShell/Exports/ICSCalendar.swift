import ParleyKit

/// A calendar file's contents (an RFC 5545 `VCALENDAR`): all-day events and an export time.
///
/// Written with `METHOD:PUBLISH` (RFC 5546 §3.2.1), as Google Calendar and
/// Outlook write their own exports: the file publishes events to the user's
/// own calendar and asks nobody for a reply. A later file updates an event
/// by publishing its UID again with a higher `SEQUENCE`, and withdraws it
/// the same way with `STATUS:CANCELLED`, which PUBLISH allows; so one file
/// can add the new installments and withdraw the replaced ones (a
/// `METHOD:CANCEL` file could only withdraw). RFC 5546 also lists an
/// `ORGANIZER` for a published event; parley leaves it out, as no one is
/// invited and the user's address is not its to give, and calendars import
/// the file without one. Every `VEVENT` still has a `DTSTART` (required by
/// RFC 5545 §3.6.1 only without a `METHOD`), so the file reads the same to
/// a reader that ignores `METHOD`.
struct ICSCalendar: Hashable, Sendable {
  /// parley's product identifier, an RFC 5545 `PRODID` formal public identifier.
  static let parleyProductID = "-//parley//parley 0.1//EN"

  /// The `METHOD`: always `PUBLISH`, see above.
  static let method = "PUBLISH"

  /// The `PRODID`.
  var productID: String
  /// A display name for the calendar (`NAME` from RFC 7986 and `X-WR-CALNAME`); optional.
  var name: String?
  /// When the export was made; written as every event's `DTSTAMP`, in UTC.
  ///
  /// Passed in, never read from the clock, so exports are reproducible.
  var stamp: Timestamp
  /// The events, in the order they are written.
  var events: [ICSEvent]

  /// Creates a calendar.
  init(
    events: [ICSEvent], stamp: Timestamp, name: String? = nil,
    productID: String = ICSCalendar.parleyProductID
  ) {
    self.events = events
    self.stamp = stamp
    self.name = name
    self.productID = productID
  }
}
