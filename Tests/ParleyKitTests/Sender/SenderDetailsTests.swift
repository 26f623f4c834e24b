import Foundation
import Testing

@testable import ParleyKit

@Suite("SenderDetails: the signature, the payee and the claimant")
struct SenderDetailsTests {
  @Test func theSignatureIsTheUsersOwnElseNameBusinessPhoneEmail() {
    var details = SenderDetails(
      name: "Sam Patel", business: "Patel Design", email: "sam@patel.test", phone: "0113 496 0000")
    #expect(
      details.signatureLines == ["Sam Patel", "Patel Design", "0113 496 0000", "sam@patel.test"])
    details.signature = ["Sam", "Director"]
    #expect(details.signatureLines == ["Sam", "Director"])
    #expect(SenderDetails().signatureLines.isEmpty)
  }

  @Test func theClaimantIsNamedAsACourtWould() {
    #expect(SenderDetails(name: "Sam Patel").claimantName == "Sam Patel")
    #expect(
      SenderDetails(name: "Sam Patel", business: "Patel Design").claimantName
        == "Sam Patel (trading as Patel Design)")
    #expect(
      SenderDetails(name: "Sam Patel", business: "Patel Design Ltd", isCompany: true)
        .claimantName == "Patel Design Ltd")
    #expect(SenderDetails().claimantName == nil)
  }

  @Test func jsonHasEveryKeyInSnakeCaseAndReadsBack() throws {
    let details = SenderDetails(
      name: "Sam", isCompany: false, address: ["1 Road"], bankDetails: "IBAN GB00",
      payLink: "https://pay.test")
    let data = try JSONEncoder().encode(details)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "name", "business", "is_company", "address", "email", "phone", "bank_details",
        "payment_reference", "pay_link", "signature",
      ])
    #expect(try JSONDecoder().decode(SenderDetails.self, from: data) == details)
    // A file written by hand may leave out any key.
    #expect(try JSONDecoder().decode(SenderDetails.self, from: Data("{}".utf8)) == SenderDetails())
  }
}
