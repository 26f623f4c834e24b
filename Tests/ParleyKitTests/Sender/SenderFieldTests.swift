import Testing

@testable import ParleyKit

@Suite("SenderField: each of the user's details read from what they type")
struct SenderFieldTests {
  func set(_ field: SenderField, _ text: String) throws(SenderFieldError) -> SenderDetails {
    var details = SenderDetails()
    try field.set(text, in: &details)
    return details
  }

  @Test func addressesAndSignaturesSplitIntoLines() throws {
    #expect(
      try set(.address, "12 High Street,  Leeds , LS1 2AB,").address == [
        "12 High Street", "Leeds", "LS1 2AB",
      ])
    #expect(try set(.signature, "Sam | Patel Design |").signature == ["Sam", "Patel Design"])
  }

  @Test(arguments: ["yes", "Y", "company", "partnership"])
  func companyAnswersYes(_ text: String) throws {
    #expect(try set(.company, text).isCompany == true)
  }

  @Test func badAnswersSayWhatIsWrong() {
    #expect(throws: SenderFieldError(field: .email, problem: "'sam' is not an email address")) {
      try set(.email, "sam")
    }
    #expect(throws: SenderFieldError.self) { try set(.phone, "call me") }
    #expect(
      throws: SenderFieldError(
        field: .payLink, problem: "'pay.me/sam' is not a web link; it starts with https://")
    ) { try set(.payLink, "pay.me/sam") }
    #expect(throws: SenderFieldError.self) { try set(.company, "maybe") }
    #expect(throws: SenderFieldError.self) { try set(.name, "Sam\u{1B}]0;x\u{07}") }
    #expect(
      SenderFieldError(field: .email, problem: "'sam' is not an email address").description
        == "--email: 'sam' is not an email address")
  }

  @Test func anEmptyAnswerClears() throws {
    var details = SenderDetails(name: "Sam", address: ["1 Road"])
    try SenderField.name.set("  ", in: &details)
    try SenderField.address.set("", in: &details)
    #expect(details.name == nil)
    #expect(details.address.isEmpty)
  }

  @Test func everyFieldReadsBackAsTyped() throws {
    var details = SenderDetails()
    let typed: [SenderField: String] = [
      .name: "Sam Patel", .business: "Patel Design", .company: "no",
      .address: "12 High Street, Leeds", .email: "sam@patel.test", .phone: "+44 7700 900123",
      .bankDetails: "Sort code 12-34-56, account 12345678", .reference: "PATEL-ACME",
      .payLink: "https://pay.test/sam", .signature: "Sam | Patel Design",
    ]
    for (field, text) in typed { try field.set(text, in: &details) }
    for (field, text) in typed { #expect(field.text(in: details) == text, "\(field)") }
  }
}
