import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

@Suite("Workspace: the user's own details, beside the cases")
struct WorkspaceSenderTests {
  func workspace() throws -> Workspace {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-sender-\(UUID().uuidString)")
    return try Workspace(root: root)
  }

  @Test func savedDetailsReadBackAndOnlyTheUserCanReadThem() throws {
    let workspace = try workspace()
    defer { try? FileManager.default.removeItem(at: workspace.root) }
    #expect(try workspace.loadSender() == nil)
    let details = SenderDetails(name: "Sam Patel", bankDetails: "Sort code 12-34-56")
    try workspace.saveSender(details)
    #expect(try workspace.loadSender() == details)
    let mode = try #require(
      try FileManager.default.attributesOfItem(atPath: workspace.senderFile.path)[.posixPermissions]
        as? Int)
    #expect(mode & 0o777 == 0o600)
    // Saving again replaces the file whole, and leaves no temporary file behind.
    try workspace.saveSender(SenderDetails(name: "Sam"))
    #expect(try workspace.loadSender()?.name == "Sam")
    #expect(!FileManager.default.fileExists(atPath: workspace.senderFile.path + ".new"))
  }

  @Test func aDamagedFileIsAClearErrorAndIsLeftAlone() throws {
    let workspace = try workspace()
    defer { try? FileManager.default.removeItem(at: workspace.root) }
    try Data("{not json".utf8).write(to: workspace.senderFile)
    #expect(throws: StoreError.self) { try workspace.loadSender() }
    do {
      _ = try workspace.loadSender()
    } catch {
      #expect(error.description.contains("cannot read your details in"))
      #expect(error.description.contains("run 'me' to enter them again"))
    }
    #expect(try String(contentsOf: workspace.senderFile, encoding: .utf8) == "{not json")
  }
}
