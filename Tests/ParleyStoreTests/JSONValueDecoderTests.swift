import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

/// Journal lines decode to the same events as with Foundation's decoder, and
/// bad data fails with the same kinds of error.
@Suite("JSONValueDecoder: the journal's events, as Foundation decodes them")
struct JSONValueDecoderTests {
  @Test("every sample line decodes to the event that was written")
  func roundTrip() throws {
    let lines = try SampleJournalLines.all()
    #expect(lines.count == SampleJournalLines.events.count)
    for (bytes, event) in zip(lines, SampleJournalLines.events) {
      let decoded = try JournalLine.decode(bytes).get()
      #expect(decoded.event == event)
      #expect(try decoded.encoded() == bytes, "re-encoding gives the same bytes")
    }
  }

  private struct Sample: Decodable, Equatable {
    var count: Int
    var name: String
    var flag: Bool?
    var items: [Int]
    var nested: [String: Int]
  }

  @Test("the same values and the same kinds of error as JSONDecoder")
  func sameAsFoundation() throws {
    let cases = [
      #"{"count":3,"name":"a","flag":true,"items":[1,2],"nested":{"x":1}}"#,
      #"{"count":3,"name":"a","flag":null,"items":[],"nested":{}}"#,
      #"{"count":3,"name":"a","items":[],"nested":{}}"#,
      #"{"name":"a","items":[],"nested":{}}"#,
      #"{"count":"3","name":"a","items":[],"nested":{}}"#,
      #"{"count":null,"name":"a","items":[],"nested":{}}"#,
      #"{"count":3,"name":"a","items":[1,"2"],"nested":{}}"#,
      #"{"count":99999999999999999999,"name":"a","items":[],"nested":{}}"#,
      #"[1]"#,
    ]
    for text in cases {
      let bytes = Array(text.utf8)
      let ours = Result { try JSONValueDecoder.decode(Sample.self, from: bytes) }
      let theirs = Result { try JSONDecoder().decode(Sample.self, from: Data(bytes)) }
      switch (ours, theirs) {
      case (.success(let a), .success(let b)): #expect(a == b, "\(text)")
      case (.failure(let a), .failure(let b)): #expect(kind(a) == kind(b), "\(text): \(a) vs \(b)")
      default: Issue.record("\(text): ours \(ours), Foundation's \(theirs)")
      }
    }
  }

  @Test("a fraction is not an integer")
  func fractionIsNotAnInteger() {
    #expect(throws: DecodingError.self) {
      try JSONValueDecoder.decode(Int.self, from: Array("1.5".utf8))
    }
    #expect((try? JSONValueDecoder.decode(Int.self, from: Array("-42".utf8))) == -42)
  }

  private func kind(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound: "keyNotFound"
    case DecodingError.typeMismatch: "typeMismatch"
    case DecodingError.valueNotFound: "valueNotFound"
    case DecodingError.dataCorrupted: "dataCorrupted"
    default: "other"
    }
  }
}
