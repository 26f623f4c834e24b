import ParleyKit

/// A calendar file's contents (an RFC 5545 `VCALENDAR`): all-day events and an export time.
///
/// No `METHOD` property is written. An exported file is a snapshot to import,
/// not an iTIP scheduling message (RFC 5546): RFC 5545 §3.7.2 says that without
/// `METHOD` "a scheduling transaction MUST NOT be assumed", which is what we
/// mean, and a `METHOD` would also oblige a matching `method=` parameter on the
/// MIME type whenever the file is attached to an email. The price is that every
/// `VEVENT` needs a `DTSTART`, which ours always have.
struct ICSCalendar: Hashable, Sendable {
  /// parley's product identifier, an RFC 5545 `PRODID` formal public identifier.
  static let parleyProductID = "-//parley//parley 0.1//EN"

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
