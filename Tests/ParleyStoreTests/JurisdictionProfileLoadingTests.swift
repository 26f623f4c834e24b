import Foundation
import ParleyKit
import ParleyStore
import Testing

@Suite("JurisdictionProfiles: built-in and user files")
struct JurisdictionProfileLoadingTests {
  /// A fresh folder for user files, removed by the caller.
  func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-profiles-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  func builtInText(_ id: String) throws -> String {
    try #require(BuiltInProfiles.text(id: id))
  }

  @Test func loadsEveryBuiltInInOrderWithNoProblems() {
    let loaded = JurisdictionProfiles.load(userFolder: nil)
    #expect(loaded.profiles.map(\.id) == BuiltInProfiles.ids)
    #expect(loaded.problems.isEmpty)
    #expect(loaded.profile("GB-EWL")?.name == "England & Wales")
    #expect(loaded.profile(forCase: "xx-yy")?.id == "generic")
  }

  @Test func aUserFileOverridesABuiltInByIDAndAddsNewOnes() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let ewl = try builtInText("gb-ewl").replacingOccurrences(
      of: "\"limitationYears\": 6", with: "\"limitationYears\": 7")
    try ewl.write(
      to: folder.appendingPathComponent("gb-ewl.json"), atomically: true, encoding: .utf8)
    let mine = try builtInText("generic").replacingOccurrences(
      of: "\"id\": \"generic\"", with: "\"id\": \"ie\"")
    try mine.write(to: folder.appendingPathComponent("ie.json"), atomically: true, encoding: .utf8)
    let loaded = JurisdictionProfiles.load(userFolder: folder)
    #expect(loaded.problems.isEmpty)
    #expect(loaded.profile("gb-ewl")?.limitationYears == 7)
    #expect(loaded.profiles.map(\.id) == BuiltInProfiles.ids + ["ie"])
    #expect(loaded.userIDs == ["gb-ewl", "ie"])
  }

  @Test func aBadUserFileIsSetAsideWithTheFileAndField() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = try builtInText("gb-ewl").replacingOccurrences(
      of: "\"limit\": 10000", with: "\"limit\": \"lots\"")
    let file = folder.appendingPathComponent("gb-ewl.json")
    try bad.write(to: file, atomically: true, encoding: .utf8)
    try "{".write(
      to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
    let loaded = JurisdictionProfiles.load(userFolder: folder)
    #expect(loaded.problems.count == 2)
    #expect(loaded.problems.first?.description.contains("broken.json: not valid JSON") == true)
    #expect(
      loaded.problems.last?.description == "\(file.path): smallClaims.limit: expected a number")
    #expect(loaded.profile("gb-ewl")?.smallClaims?.limit == ProfileAmount(whole: 10_000))
  }

  @Test func theIDMustMatchTheFileName() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try builtInText("generic").write(
      to: folder.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
    let loaded = JurisdictionProfiles.load(userFolder: folder)
    #expect(loaded.problems.first?.path == "id")
  }

  @Test func builtInFilesAreNamedUnderJurisdictions() throws {
    #expect(
      throws: ProfileError(
        file: "jurisdictions/gb-ewl.json", path: "", problem: "expected an object at the top level")
    ) {
      try BuiltInProfiles.decode(name: "gb-ewl.json", text: "[]")
    }
  }

  @Test func userFolderFollowsXDGThenHome() {
    #expect(
      JurisdictionProfiles.userFolder(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"])?.path
        == "/cfg/parley/jurisdictions")
    #expect(
      JurisdictionProfiles.userFolder(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])?.path
        == "/h/.config/parley/jurisdictions")
    #expect(JurisdictionProfiles.userFolder(environment: ["HOME": ""]) == nil)
  }
}
