/// How a piece of text stands out on a colour terminal (see ``Style``).
enum Emphasis: Sendable {
  case bold
  case dim
  case red
  case green
  case yellow
}
