import Testing

@testable import ParleyShell

/// Stable UIDs: a re-export updates the same events instead of duplicating them.
@Suite("ICS stable UIDs")
struct ICSStableUIDTests {
  @Test("the same namespace and key always give the same UID")
  func sameKeySameUID() {
    let first = ICSWriter.stableUID(namespace: "case-acme", key: "installment-1")
    let second = ICSWriter.stableUID(namespace: "case-acme", key: "installment-1")
    #expect(first == second)
  }

  /// Pinned values, computed independently (Python hashlib, same recipe): if these
  /// change, every calendar that imported an earlier export gets duplicates.
  @Test(
    "UIDs are pinned across versions",
    arguments: [
      ("case-acme-inv-042", "installment-1", "f3d2915d-a83a-8e2c-a14c-7b100c3e394f@parley.invalid"),
      ("case-acme-inv-042", "installment-2", "3f366c32-500b-8068-b4ac-45f8e5f3c980@parley.invalid"),
      ("ab", "c", "4cc8a187-ecc3-811a-8a43-488a88896a4a@parley.invalid"),
      ("a", "bc", "a1ae93e6-6956-86c3-a061-5c8ab12cb766@parley.invalid"),
      ("case-café-£", "installment-1", "f9b6cfe6-3ec6-8f5d-b503-4c7f21e19498@parley.invalid"),
    ])
  func pinned(namespace: String, key: String, expected: String) {
    #expect(ICSWriter.stableUID(namespace: namespace, key: key) == expected)
  }

  @Test("different keys, namespaces or splits of the same characters give different UIDs")
  func differentInputsDiffer() {
    var seen: Set<String> = []
    for namespace in ["case-a", "case-b", "case-ab", ""] {
      for key in ["", "1", "2", "b1", "installment-1", "installment-10"] {
        let uid = ICSWriter.stableUID(namespace: namespace, key: key)
        #expect(seen.insert(uid).inserted, "\(namespace)/\(key) collides")
      }
    }
    #expect(
      ICSWriter.stableUID(namespace: "case-a", key: "b1")
        != ICSWriter.stableUID(namespace: "case-ab", key: "1"))
  }

  @Test("a UID is an RFC 9562 version 8 UUID at parley.invalid")
  func shape() {
    let uid = ICSWriter.stableUID(namespace: "case-acme", key: "installment-1")
    let parts = uid.split(separator: "@", omittingEmptySubsequences: false)
    #expect(parts.count == 2)
    #expect(parts.last == "parley.invalid")
    let groups = (parts.first ?? "").split(separator: "-", omittingEmptySubsequences: false)
    #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
    #expect(groups.allSatisfy { $0.allSatisfy { "0123456789abcdef".contains($0) } })
    #expect(groups.count == 5 && groups[2].first == "8", "version nibble")
    #expect(groups.count == 5 && "89ab".contains(groups[3].first ?? "x"), "variant bits 10")
  }
}
