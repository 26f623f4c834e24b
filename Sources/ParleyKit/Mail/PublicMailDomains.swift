/// Mail domains shared by millions of people, which say nothing about whose message it is.
///
/// A client writing from `acme.example` makes every `acme.example` address
/// theirs; a client writing from `gmail.com` does not make every Gmail user
/// their colleague, so these domains never match a case on their own.
enum PublicMailDomains {
  static let all: Set<String> = [
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
    "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
    "gmx.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.com", "zoho.com",
    "yandex.com", "yandex.ru", "mail.ru", "fastmail.com", "hey.com", "btinternet.com",
    "sky.com", "virginmedia.com", "talktalk.net", "orange.fr", "free.fr", "laposte.net",
    "wanadoo.fr", "sfr.fr", "libero.it", "eircom.net", "comcast.net", "verizon.net",
    "att.net", "qq.com", "163.com", "tutanota.com", "posteo.de",
  ]

  /// Whether `domain` is one of them.
  static func contains(_ domain: String) -> Bool { all.contains(domain.lowercased()) }
}
