/// What one kind of draft says, before it is put in email or short-message form.
struct DraftContent: Hashable, Sendable {
  /// The email's subject.
  var subject: String
  /// The email's paragraphs, between the greeting and the sign-off.
  var paragraphs: [String]
  /// The short message's sentences, between the greeting and the thanks.
  /// The first continues the greeting (`Hello Jane, a friendly reminder…`).
  var sentences: [String]
  /// The day the draft asks for a reply or payment by, if any.
  var replyBy: Day?
  /// Things for the user to check before sending.
  var notes: [Guidance] = []
  /// Whether the email starts with today's date, as a letter does.
  var isDated = false
  /// Documents listed after the sign-off, as a letter's enclosures.
  var enclosures: [String] = []
  /// Whether the draft asks for money, so it says how to pay.
  var asksForPayment = true
  /// Pages that go with the letter, each a title and its text: the
  /// statement of account.
  var attachments: [DraftAttachment] = []
}
