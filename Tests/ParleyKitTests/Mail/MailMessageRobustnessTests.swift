import Testing

@testable import ParleyKit

/// Damaged input gets a value or a ``MailError``, never a trap or a hang.
@Suite struct MailMessageRobustnessTests {
  private static let seeds: [String] = [
    "From: \"Lee, Ann\" <ann@b.c>\r\nTo: Team: x@y.z, (c) <q@r.s>;\r\nSubject: =?UTF-8?B?w6l0w6k=?= =?ISO-8859-1?Q?caf=E9?=\r\n"
      + "Date: Fri, 4 Dec 2026 10:15:00 +0100 (CET)\r\nReferences: <a@b> <c@d>\r\n"
      + "Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\n"
      + "Content-Type: multipart/alternative; boundary=i\r\n\r\n--i\r\n"
      + "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      + "Caf=E9 =80120 soft=\r\nbreak\r\n--i\r\nContent-Type: text/html\r\n\r\n"
      + "<p>a &amp; b &#8217; &#x1F600; <script>x</script><!-- c --></p>\r\n--i--\r\n--o\r\n"
      + "Content-Type: application/pdf; name*0*=UTF-8''a%20; name*1=b.pdf\r\n"
      + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--o--\r\n",
    "From: ann@b.c\nDate: 4 Dec 26 10:15 EST\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n"
      + "PHA+SGVsbG8gJmFtcDsgPGJyPndvcmxkPC9wPg==\n",
  ]

  @Test func mutatedMessagesNeverTrap() {
    var rng = SeededGenerator(seed: 0x00C0_FFEE)
    var parsed = 0
    var rejected = 0
    for round in 0..<3000 {
      var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        mutate(&bytes, &rng)
      }
      do {
        let message = try MailMessage.parse(bytes)
        _ = (message.text, message.attachmentNames, message.date)
        parsed += 1
      } catch {
        #expect(!error.message.isEmpty)
        rejected += 1
      }
    }
    #expect(parsed + rejected == 3000)
    #expect(parsed > 1000, "most small damage still leaves a readable message")
  }

  @Test func deepNestingIsRefusedNotRecursedForever() {
    var text = "From: a@b.c\r\n"
    for level in 0..<200 {
      text += "Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n"
    }
    #expect(throws: MailError.nestedTooDeeply(limit: MIMEEntity.depthLimit)) {
      try MailMessage.parse(Array(text.utf8))
    }
  }

  @Test func randomBytesNeverTrap() {
    var rng = SeededGenerator(seed: 42)
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in
        UInt8.random(in: 0...255, using: &rng)
      }
      _ = try? MailMessage.parse(bytes)
    }
  }

  private func mutate(_ bytes: inout [UInt8], _ rng: inout SeededGenerator) {
    guard !bytes.isEmpty else {
      bytes = [UInt8.random(in: 0...255, using: &rng)]
      return
    }
    let at = Int.random(in: 0..<bytes.count, using: &rng)
    let interesting: [UInt8] = Array("=?<>\"():;,\\-\r\n \t&#%*'".utf8) + [0x00, 0x80, 0xFF, 0xC3]
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: bytes[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
    case 1: bytes.removeSubrange(at...)
    case 2: bytes.insert(interesting[Int.random(in: 0..<interesting.count, using: &rng)], at: at)
    case 3: bytes[at] = interesting[Int.random(in: 0..<interesting.count, using: &rng)]
    case 4:
      let end = min(bytes.count, at + Int.random(in: 1...40, using: &rng))
      bytes.removeSubrange(at..<end)
    default:
      let end = min(bytes.count, at + Int.random(in: 1...40, using: &rng))
      bytes.insert(contentsOf: bytes[at..<end], at: at)
    }
  }
}
