/// Content-Transfer-Encoding decoders: quoted-printable and base64 (RFC 2045).
public enum TransferEncoding {
  /// Decodes quoted-printable: `=XX` bytes, `=` at a line end joins lines,
  /// trailing whitespace on a line is dropped; a stray `=` stays as written.
  public static func quotedPrintable(_ bytes: ArraySlice<UInt8>, headerForm: Bool = false)
    -> [UInt8]
  {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    var pendingSpace: [UInt8] = []
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 {
        pendingSpace.append(byte)
        index += 1
        continue
      }
      if byte == 0x0D || byte == 0x0A {
        pendingSpace.removeAll()  // trailing whitespace was added in transport
        out.append(byte)
        index += 1
        continue
      }
      out += pendingSpace
      pendingSpace.removeAll()
      if byte == UInt8(ascii: "_") && headerForm {
        out.append(0x20)
        index += 1
      } else if byte == UInt8(ascii: "=") {
        let rest = bytes[(index + 1)...]
        var softEnd = rest.startIndex
        while softEnd < rest.endIndex, rest[softEnd] == 0x20 || rest[softEnd] == 0x09 {
          softEnd += 1
        }
        if softEnd < rest.endIndex, rest[softEnd] == 0x0A {
          index = softEnd + 1
        } else if softEnd + 1 < rest.endIndex, rest[softEnd] == 0x0D, rest[softEnd + 1] == 0x0A {
          index = softEnd + 2
        } else if softEnd == rest.endIndex, !headerForm {
          index = rest.endIndex
        } else if rest.count >= 2, let high = hex(rest[rest.startIndex]),
          let low = hex(rest[rest.startIndex + 1])
        {
          out.append(high << 4 | low)
          index += 3
        } else {
          out.append(byte)
          index += 1
        }
      } else {
        out.append(byte)
        index += 1
      }
    }
    out += pendingSpace
    return out
  }

  /// Decodes base64, skipping line breaks and spaces; nil when other
  /// characters appear or the length cannot be base64.
  public static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 3 / 4)
    var buffer: UInt32 = 0
    var count = 0
    var ended = false
    for byte in bytes {
      switch byte {
      case 0x20, 0x09, 0x0D, 0x0A: continue
      case UInt8(ascii: "="):
        ended = true
        continue
      default: break
      }
      guard !ended, let value = sextet(byte) else { return nil }
      buffer = buffer << 6 | UInt32(value)
      count += 1
      if count == 4 {
        out += [UInt8(buffer >> 16 & 0xFF), UInt8(buffer >> 8 & 0xFF), UInt8(buffer & 0xFF)]
        buffer = 0
        count = 0
      }
    }
    switch count {
    case 0: break
    case 2: out.append(UInt8(buffer >> 4 & 0xFF))
    case 3: out += [UInt8(buffer >> 10 & 0xFF), UInt8(buffer >> 2 & 0xFF)]
    default: return nil
    }
    return out
  }

  private static func sextet(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
    case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
    default: return nil
    }
  }

  static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
