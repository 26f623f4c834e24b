import Foundation
import Testing

@testable import ParleyKit

@Suite("BuiltInProfiles: compiled in, current, in listing order")
struct BuiltInProfilesTests {
  /// `Sources/ParleyKit/Resources/Jurisdictions`, found from this file.
  static let sourceFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/ParleyKit/Resources/Jurisdictions")

  @Test("the compiled copy is the profile files as they are (else run Scripts/embed-profiles)")
  func compiledCopyIsCurrent() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.sourceFolder.path)
      .filter { $0.hasSuffix(".json") }
    #expect(Set(names) == Set(BuiltInProfiles.files.map(\.name)))
    for (name, text) in BuiltInProfiles.files {
      let file = try String(
        contentsOf: Self.sourceFolder.appendingPathComponent(name), encoding: .utf8)
      #expect(text + "\n" == file || text == file, "\(name) differs: run Scripts/embed-profiles")
    }
  }

  @Test func everyBuiltInDecodesWithNoProblem() {
    let decoded = BuiltInProfiles.decodeAll()
    #expect(decoded.problems.isEmpty)
    #expect(decoded.profiles.map(\.id) == BuiltInProfiles.ids)
    #expect(decoded.profiles.count == 10)
  }

  @Test func englandAndWalesIsFirstAndTheGenericProfileLast() {
    #expect(BuiltInProfiles.ids.first == "gb-ewl")
    #expect(BuiltInProfiles.ids.last == "generic")
    #expect(Jurisdiction.defaultJurisdiction.id == "gb-ewl")
    #expect(Jurisdiction.builtIn.map(\.id) == BuiltInProfiles.ids)
  }

  @Test func aJurisdictionIsMadeFromItsProfile() throws {
    let texas = try #require(Jurisdiction.withID("US-TX"))
    #expect(texas.name == "Texas, US")
    #expect(texas.currency == .usd)
    #expect(texas.dateOrder == .monthFirst)
  }

  @Test func aProfileWhoseIDIsNotItsNameIsRefused() throws {
    let text = try #require(BuiltInProfiles.text(id: "generic"))
    #expect(throws: ProfileError.self) {
      try BuiltInProfiles.decode(name: "other.json", text: text)
    }
  }

  @Test("the reference page names every key the built-in profiles use")
  func referencePageIsComplete() throws {
    let page = try String(
      contentsOf: Self.sourceFolder.appendingPathComponent("REFERENCE.md"), encoding: .utf8)
    for (name, text) in BuiltInProfiles.files {
      let tree = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      for key in tree.keys {
        #expect(page.contains("`\(key)"), "\(name): \(key) is not in REFERENCE.md")
      }
      for fact in try BuiltInProfiles.decode(name: name, text: text).facts {
        var parts = fact.path.split(separator: ".").map(String.init)
        if parts.first == "letterBeforeClaim" || parts.first == "statutoryInterest" {
          parts = Array(parts.prefix(2))
        }
        let key = parts.joined(separator: ".")
        #expect(page.contains("`\(key)"), "\(name): \(fact.path) is not in REFERENCE.md")
      }
    }
  }
}
