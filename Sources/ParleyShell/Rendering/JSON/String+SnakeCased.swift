extension String {
  /// The name in snake_case, as parley's JSON writes keys and enum values:
  /// `recordedAt` → `recorded_at`, `caseID` → `case_id`, `URLValue` →
  /// `url_value`, `mediation-offered` → `mediation_offered`,
  /// `contact.logged` → `contact_logged`.
  var snakeCased: String {
    let characters = Array(self)
    var result = ""
    for (index, character) in characters.enumerated() {
      if character == "-" || character == "." || character == " " {
        if !result.isEmpty, result.last != "_" { result.append("_") }
        continue
      }
      if character.isUppercase, index > 0 {
        let previous = characters[index - 1]
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        let startsWord =
          previous.isLowercase || previous.isNumber
          || (previous.isUppercase && (next?.isLowercase ?? false))
        if startsWord, result.last != "_" { result.append("_") }
      }
      result += character.lowercased()
    }
    return result
  }
}
