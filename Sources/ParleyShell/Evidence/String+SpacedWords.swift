extension String {
  /// A camelCase field name as words: `warningId` → `warning id`.
  var spacedWords: String {
    var words = ""
    for character in self {
      if character.isUppercase {
        words += " " + character.lowercased()
      } else {
        words.append(character)
      }
    }
    return words
  }
}
