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
    ("東京 Design", "dong-jing-design"),
    ("東京", "dong-jing"),
    ("株式会社アクメ", "zhu-shi-hui-sheakume"),
    ("Ωμέγα ΑΕ", "omega-ae"),
    ("Москва ООО", "moskva-ooo"),
    ("شركة", "shrkt"),
    ("서울 주식회사", "seoul-jusighoesa"),
    ("🍕🍕", "slice-of-pizza"),
    ("Café ☕", "cafe"),
  ])
  func slugs(name: String, slug: String) {
    #expect(CaseSlug.slug(name) == slug)
    #expect(CaseSlug.isValidID(CaseSlug.slug(name)))
  }

  @Test("a name with nothing readable gets a readable, distinct id, never 'case'")
  func unreadableNames() {
    let names = ["", "---", "!!!", "?", "…", "###"]
    let slugs = names.map(CaseSlug.slug)
    #expect(Set(slugs).count == names.count, "\(slugs)")
    for slug in slugs {
      #expect(slug.hasPrefix("client-") && slug.count == 13, "\(slug)")
      #expect(CaseSlug.isValidID(slug))
    }
    #expect(CaseSlug.slug("---") == CaseSlug.slug("---"), "the same name, the same id")
  }

  @Test("law: names in any script give a valid id with letters in it")
  func anyScript() {
    let names = [
      "Αθήνα Ξενοδοχεία", "Ελληνικά", "Київ ТОВ", "ქართული", "Հայերեն", "עברית בע״מ", "مؤسسة",
      "हिन्दी लिमिटेड", "ไทย จำกัด", "한국어", "中文有限公司", "カタカナ", "ひらがな", "Türkçe A.Ş.",
    ]
    for name in names {
      let slug = CaseSlug.slug(name)
      #expect(CaseSlug.isValidID(slug), "\(name) → \(slug)")
      #expect(slug != "case" && !slug.hasPrefix("client-"), "\(name) → \(slug)")
    }
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
