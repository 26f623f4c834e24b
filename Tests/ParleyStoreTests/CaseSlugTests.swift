import ParleyStore
import Testing

@Suite struct CaseSlugTests {
  @Test(arguments: [
    ("Acme Ltd", "acme-ltd"),
    ("  Acme   Ltd.  ", "acme-ltd"),
    ("Café Müller & Söhne", "cafe-muller-sohne"),
    ("Straße 42 GmbH", "strasse-42-gmbh"),
    ("Łódź Ørsted Æther", "lodz-orsted-aether"),
    ("O'Brien/Partners", "o-brien-partners"),
    ("東京 Design", "design"),
    ("東京", "case"),
    ("", "case"),
    ("---", "case"),
  ])
  func slugs(name: String, slug: String) {
    #expect(CaseSlug.slug(name) == slug)
    #expect(CaseSlug.isValidID(CaseSlug.slug(name)))
  }

  @Test func longNamesAreCutWithoutATrailingDash() {
    let slug = CaseSlug.slug(String(repeating: "abcdefg ", count: 20))
    #expect(slug.count <= CaseSlug.maximumLength)
    #expect(!slug.hasSuffix("-"))
    #expect(slug.hasPrefix("abcdefg-abcdefg"))
  }

  @Test(arguments: ["acme-ltd", "a1", "x"])
  func validIDs(id: String) { #expect(CaseSlug.isValidID(id)) }

  @Test(arguments: ["", "-acme", "Acme", "acme ltd", "acme.jsonl", "../x"])
  func invalidIDs(id: String) { #expect(!CaseSlug.isValidID(id)) }
}
