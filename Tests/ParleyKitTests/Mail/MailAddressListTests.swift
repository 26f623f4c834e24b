import Testing

@testable import ParleyKit

@Suite struct MailAddressListTests {
  private func pairs(_ value: String) -> [[String]] {
    MailAddressList.parse(value).map { [$0.name, $0.address] }
  }

  @Test func quotedNameWithACommaStaysOneMailbox() {
    #expect(
      pairs("\"Lee, Ann\" <Ann.Lee@Example.COM>, bob@x.org") == [
        ["Lee, Ann", "ann.lee@example.com"], ["", "bob@x.org"],
      ])
  }

  @Test func bareAddressAndPlainNames() {
    #expect(pairs("a@b.c") == [["", "a@b.c"]])
    #expect(pairs("Ann Lee <ann@b.c>") == [["Ann Lee", "ann@b.c"]])
  }

  @Test func groupsAreFlattenedAndEmptyGroupsGiveNothing() {
    #expect(
      pairs("Team: ann@b.c, Bob <bob@b.c>;, carol@b.c") == [
        ["", "ann@b.c"], ["Bob", "bob@b.c"], ["", "carol@b.c"],
      ])
    #expect(pairs("undisclosed-recipients:;").isEmpty)
  }

  @Test func commentsAreDroppedOrServeAsTheName() {
    #expect(pairs("ann@b.c (Ann Lee)") == [["Ann Lee", "ann@b.c"]])
    #expect(pairs("Ann (accounts) <ann@b.c>") == [["Ann", "ann@b.c"]])
  }

  @Test func encodedNamesAreDecoded() {
    #expect(
      pairs("=?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <renee@b.c>") == [["Renée Müller", "renee@b.c"]])
  }

  @Test func obsoleteRouteIsDropped() {
    #expect(pairs("<@relay.net:ann@b.c>") == [["", "ann@b.c"]])
  }
}
