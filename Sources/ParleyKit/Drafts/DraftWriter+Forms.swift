extension DraftWriter {
  /// The email body: for a letter, the sender's and recipient's addresses
  /// and the date; the greeting, paragraphs, payment block, sign-off with
  /// the sender's signature, and enclosures.
  func email(_ content: DraftContent) -> String {
    var blocks: [String] = []
    if content.isDated {
      blocks += letterhead
      blocks.append(words(facts.today))
    }
    blocks.append(emailGreeting(formal: content.isDated))
    blocks += content.paragraphs
    if content.asksForPayment, let payment = paymentBlock { blocks.append(payment) }
    let signature = facts.sender.signatureLines
    blocks.append(([signOff(formal: content.isDated)] + signature).joined(separator: "\n"))
    if !content.enclosures.isEmpty {
      blocks.append(
        (["Enclosures:"] + content.enclosures.map { "- \($0)" }).joined(separator: "\n"))
    }
    return facts.locale.americanised(
      DraftWriter.closingDoubleStops(blocks.joined(separator: "\n\n")))
  }

  /// The short message: `Hello Dana,` then the sentences, how to pay, then
  /// thanks and the sender's name when given, on one line.
  func shortMessage(_ content: DraftContent) -> String {
    let thanks = facts.senderName.map { "Thank you, \($0)" } ?? "Thank you."
    var sentences = [shortGreeting] + content.sentences
    if content.asksForPayment, let payment = paymentSentence { sentences.append(payment) }
    let text = (sentences + [thanks]).joined(separator: " ")
    return facts.locale.americanised(DraftWriter.closingDoubleStops(text))
  }

  /// The sender's block and the recipient's, at the head of a letter.
  var letterhead: [String] {
    let sender = facts.sender
    let from =
      [sender.name, sender.business].compactMap { $0 } + addressLines(sender.address)
      + [sender.email, sender.phone].compactMap { $0 }
    var to: [String] = []
    if let person = facts.contactPerson, person != facts.client { to.append(person) }
    to.append(facts.client)
    to += addressLines(facts.extras.recipientAddress)
    return [from.joined(separator: "\n"), to.joined(separator: "\n")].filter { !$0.isEmpty }
  }

  /// An address as typed (split at commas) laid out for the letter: an
  /// American state and ZIP code stay on the city's line (`San Francisco, CA 94105`).
  func addressLines(_ parts: [String]) -> [String] {
    guard facts.locale == .american else { return parts }
    var lines: [String] = []
    for part in parts {
      let words = part.split(separator: " ")
      let isStateAndZIP =
        words.count == 2 && words[0].count == 2 && words[0].allSatisfy(\.isUppercase)
        && words[1].prefix(5).allSatisfy(\.isNumber)
      if isStateAndZIP, let city = lines.popLast() {
        lines.append("\(city), \(part)")
      } else {
        lines.append(part)
      }
    }
    return lines
  }

  /// The reference the client quotes: the user's own, else the invoice numbers.
  var paymentReference: String {
    facts.sender.paymentReference ?? DraftWriter.andList(unpaid.map(\.number))
  }

  /// How to pay, one line per detail the user gave; nil without bank
  /// details or a pay link.
  var paymentBlock: String? {
    let sender = facts.sender
    guard sender.hasPaymentDetails else { return nil }
    var lines = ["How to pay:"]
    if let payee = sender.payee { lines.append("Payee: \(payee)") }
    if let bank = sender.bankDetails { lines.append("Bank details: \(bank)") }
    lines.append("Reference: \(paymentReference)")
    if let link = sender.payLink { lines.append("Pay online: \(link)") }
    return lines.joined(separator: "\n")
  }

  /// How to pay in one sentence, for a short message.
  var paymentSentence: String? {
    let sender = facts.sender
    if let link = sender.payLink {
      return "You can pay at \(link) (reference \(paymentReference))."
    }
    guard let bank = sender.bankDetails else { return nil }
    return "Bank details: \(bank), reference \(paymentReference)."
  }

  /// Notes on what the user has not told parley: no name to sign with, no
  /// way to pay.
  func senderNotes(_ content: DraftContent) -> [Guidance] {
    var notes: [Guidance] = []
    if facts.sender.signatureLines.isEmpty {
      notes.append(
        "The draft has no signature: add your name with \(.senderDetails) (or sign it "
          + "yourself before sending).")
    }
    if content.asksForPayment && !facts.sender.hasPaymentDetails {
      notes.append(
        "The draft does not say how to pay: add bank details or a pay link with \(.senderDetails).")
    }
    return notes
  }

  /// `text` with each `..` made `.`: a name ending in a full stop (`Acme,
  /// Inc.`) at the end of a sentence. An ellipsis (`...`) is kept.
  static func closingDoubleStops(_ text: String) -> String {
    guard text.contains("..") else { return text }
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      var run = 0
      while index + run < characters.count, characters[index + run] == "." { run += 1 }
      if run == 0 {
        result.append(characters[index])
        index += 1
      } else {
        result += run == 2 ? "." : String(repeating: ".", count: run)
        index += run
      }
    }
    return result
  }
}
