/// A contact whose full text is on record (a letter, an email), numbered as an
/// exhibit: listed in the record's index and printed in full in its appendix.
struct EvidenceExhibit: Hashable, Sendable {
  /// What the index of exhibits lists, in every format.
  static let indexIntroduction =
    "Every contact whose full text is on record (letters, emails, messages), in the order they "
    + "happened. The full texts are in the appendix at the end."
  /// What the index says when there is no exhibit.
  static let noneOnRecord = "None: no contact has its full text on record."

  /// Its number, from 1, in the order the contacts happened.
  let number: Int
  /// The contact's entry, which holds the full text.
  let entry: EvidenceEntry

  /// `Exhibit 3`.
  var name: String { "Exhibit \(number)" }

  /// The exhibits among `contacts` (in the order they happened): each one
  /// with a full text, numbered from 1.
  ///
  /// A voided contact is no exhibit: it was logged by mistake, and its text
  /// stays with its entry, marked void.
  static func numbered(_ contacts: [EvidenceEntry]) -> [EvidenceExhibit] {
    contacts.filter { $0.fullText != nil && $0.void == nil }.enumerated().map { index, entry in
      EvidenceExhibit(number: index + 1, entry: entry)
    }
  }
}
