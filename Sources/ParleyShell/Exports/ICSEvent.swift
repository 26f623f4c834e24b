import ParleyKit

/// One all-day calendar event (an RFC 5545 `VEVENT`), such as an installment's due date.
///
/// The event has a `DTSTART` and a `DTEND` of type DATE, the end being the
/// next day: `DTEND` is exclusive (RFC 5545 §3.6.1), so the event covers the
/// one day. A DATE has no time zone, so the event is on the same day
/// wherever the calendar is. RFC 5545 reads a lone DATE `DTSTART` as one day
/// too, but not every importer follows that rule; an end written out
/// leaves nothing to interpret.
struct ICSEvent: Hashable, Sendable {
  /// The event's identity across exports; see ``ICSWriter/stableUID(namespace:key:)``.
  ///
  /// A calendar that imports an event with a UID it already holds updates that
  /// event instead of adding a second one.
  var uid: String
  /// The day the event falls on.
  var day: Day
  /// The one-line title, e.g. `Installment 1/3 due: INV-042, ACME Ltd (£400.00)`.
  var summary: String
  /// Longer notes shown with the event; may hold several lines.
  var description: String?
  /// The revision number; raise it when a revised plan moves or changes the event,
  /// so calendars take the new version over the old. Omitted when nil (meaning 0).
  var sequence: Int?
  /// The reminders.
  var alarms: [ICSAlarm]
  /// Whether the day shows as busy; a due date does not block the user's time.
  var showsAsBusy: Bool
  /// Whether the event is withdrawn (`STATUS:CANCELLED`), so a calendar that
  /// imported it before removes it on the next import.
  var isCancelled: Bool

  /// Creates an all-day event.
  init(
    uid: String, day: Day, summary: String, description: String? = nil, sequence: Int? = nil,
    alarms: [ICSAlarm] = [], showsAsBusy: Bool = false, isCancelled: Bool = false
  ) {
    self.uid = uid
    self.day = day
    self.summary = summary
    self.description = description
    self.sequence = sequence
    self.alarms = alarms
    self.showsAsBusy = showsAsBusy
    self.isCancelled = isCancelled
  }
}
