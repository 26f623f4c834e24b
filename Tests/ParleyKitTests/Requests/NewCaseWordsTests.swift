import Testing

@testable import ParleyKit

@Suite("NewCaseWords: the client and invoice a plain-words line names")
struct NewCaseWordsTests {
  @Test(
    "the client and the invoice number",
    arguments: [
      ("Acme haven't paid invoice 42 for £1,800, due 1 Oct", "Acme", "42", true),
      ("Bright Co & Sons still owe me £2,400 on INV-7", "Bright Co & Sons", "INV-7", false),
      ("my client Northwind Ltd hasn't paid inv #2026-014", "Northwind Ltd", "2026-014", false),
      ("I haven't been paid for invoice no. A17 from Globex.", "Globex", "A17", false),
      ("they owe me £300", nil, nil, false),
      ("Acme's invoice 12 is overdue", "Acme", "12", false),
    ] as [(String, String?, String?, Bool)])
  func reads(text: String, client: String?, invoice: String?, due: Bool) {
    let words = NewCaseWords(text)
    #expect(words.client == client)
    #expect(words.invoice == invoice)
    #expect(words.namesDueDay == due)
  }
}
