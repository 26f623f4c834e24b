import ParleyStore
import Testing

@Suite struct SHA256Tests {
  /// The NIST FIPS 180-4 examples (and the usual extra vectors).
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
        + "lmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func nistVectors(message: String, digest: String) {
    #expect(SHA256.hexHash(Array(message.utf8)) == digest)
  }

  @Test func oneMillionAs() {
    let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hexHash([UInt8](repeating: 0x61, count: 1_000_000)) == digest)
  }

  /// Lengths around the padding boundaries; digests pinned from `/usr/bin/sha256sum`
  /// of "abcdefghijklmnopqrstuvwxyzabc…" cut to that length.
  @Test(arguments: [
    (55, "595615dbe4f0f407ae397d08b4c2cb870cb9b0e11937416f950c5160acf9c005"),
    (56, "784f623b787495078e93ff28a25b581df0584055a7e71d8cd90c454716b92f51"),
    (63, "5ca3e1ef5207490eac01a795e5cc94d59582a5118bf9534665c8668d87aa647c"),
    (64, "2fcd5a0d60e4c941381fcc4e00a4bf8be422c3ddfafb93c809e8d1e2bfffae8e"),
    (65, "1b3cd1877ab2f2f19f7be001722554f336cb799df0329de0bb4c118dc6abc06d"),
    (127, "1b9907986f18ddc2b37e18be502d82d69d6e18bb9dff9e16f2aceea7d88cb933"),
    (128, "6c05be2c4268843ae47e68e611277ce62c02153f2f4d2e1e2a1a4b44f766cf74"),
  ])
  func paddingBoundaries(length: Int, digest: String) {
    let message = (0..<length).map { UInt8(0x61 + $0 % 26) }
    #expect(SHA256.hexHash(message) == digest)
  }

  /// Feeding in pieces of any size gives the same digest as feeding at once.
  @Test(arguments: [1, 3, 55, 63, 64, 65, 200])
  func incrementalMatchesOneShot(pieceSize: Int) {
    let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    var hasher = SHA256()
    var start = 0
    while start < message.count {
      hasher.update(message[start..<min(start + pieceSize, message.count)])
      start += pieceSize
    }
    #expect(hasher.finalize() == SHA256.hash(message))
  }

  @Test func hexIsLowercaseTwoDigitsPerByte() {
    #expect(SHA256.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    #expect(SHA256.hash([]).count == SHA256.digestByteCount)
  }
}
