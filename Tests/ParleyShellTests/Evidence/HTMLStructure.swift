/// A small check that an HTML page is well formed for the tags it uses:
/// every opened tag closed, in order, and nothing closed that was not open.
enum HTMLStructure {
  /// Elements that never have a closing tag.
  static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "input", "wbr"]

  /// A tag read from the page: its name, whether it closes, and its attribute text.
  struct Tag: Equatable {
    let name: String
    let isClosing: Bool
    let attributes: String
  }

  /// Every tag in `html`, in order, skipping the doctype and the style sheet's contents.
  static func tags(_ html: String) -> [Tag] {
    var tags: [Tag] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: ">") else { break }
      let inside = rest[..<close]
      rest = rest[rest.index(after: close)...]
      if inside.hasPrefix("!") { continue }
      let isClosing = inside.hasPrefix("/")
      let body = isClosing ? inside.dropFirst() : inside
      let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
      let attributes = String(body.dropFirst(name.count))
      tags.append(Tag(name: name, isClosing: isClosing, attributes: attributes))
      if name == "style" && !isClosing, let end = rest.range(of: "</style>") {
        rest = rest[end.lowerBound...]
      }
    }
    return tags
  }

  /// The problems found: a tag closed that is not the one open, or tags left open.
  static func problems(_ html: String) -> [String] {
    var stack: [String] = []
    var problems: [String] = []
    for tag in tags(html) {
      if tag.name.isEmpty {
        problems.append("a '<' that starts no tag")
      } else if tag.isClosing {
        if stack.last == tag.name {
          stack.removeLast()
        } else {
          problems.append("</\(tag.name)> closes <\(stack.last ?? "nothing")>")
        }
      } else if !voidElements.contains(tag.name) {
        stack.append(tag.name)
      }
    }
    if !stack.isEmpty { problems.append("left open: \(stack)") }
    return problems
  }
}
