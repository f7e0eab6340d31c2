/// A single-pass reader of a graph's structure straight from JSON bytes: the schema version,
/// entities' id, type and name, relations' subject, predicate and object. Every other value is
/// skipped without being built. Returns nil on anything unexpected, so that the caller can fall
/// back to the full reader and its located error messages. O(bytes).
struct StructureScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    struct Structure {
        var version: Int?
        var entities: [(id: String, type: String, name: String)] = []
        var relations: [(subject: String, predicate: String, object: String)] = []
    }

    mutating func scan() -> Structure? {
        var structure = Structure()
        guard consume(UInt8(ascii: "{")) else { return nil }
        if consume(UInt8(ascii: "}")) { return structure }
        repeat {
            guard let key = string(), consume(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "schemaVersion":
                guard let version = integer() else { return nil }
                structure.version = version
            case "entities":
                guard let entities = objects(["id", "type", "name"]) else { return nil }
                structure.entities = entities.map { ($0[0], $0[1], $0[2]) }
            case "relations":
                guard let relations = objects(["subject", "predicate", "object"]) else { return nil }
                structure.relations = relations.map { ($0[0], $0[1], $0[2]) }
            default:
                guard skipValue() else { return nil }
            }
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        return position == bytes.count ? structure : nil
    }

    /// An array of objects, each giving the string values of `fields` (all required), in that order.
    private mutating func objects(_ fields: [String]) -> [[String]]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [[String]] = []
        if consume(UInt8(ascii: "]")) { return result }
        repeat {
            guard consume(UInt8(ascii: "{")) else { return nil }
            var values = [String?](repeating: nil, count: fields.count)
            if !consume(UInt8(ascii: "}")) {
                repeat {
                    guard let key = string(), consume(UInt8(ascii: ":")) else { return nil }
                    if let slot = fields.firstIndex(of: key) {
                        guard let value = string() else { return nil }
                        values[slot] = value
                    } else if !skipValue() {
                        return nil
                    }
                } while consume(UInt8(ascii: ","))
                guard consume(UInt8(ascii: "}")) else { return nil }
            }
            let complete = values.compactMap { $0 }
            guard complete.count == fields.count else { return nil }
            result.append(complete)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? result : nil
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    /// Skips spaces, then consumes `byte` if it is next.
    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func integer() -> Int? {
        skipSpace()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
        guard position > start, position == bytes.count || ![UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) else { return nil }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    /// A string value, escapes decoded; nil if the next value is not a valid string.
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var plain = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                return plain ? String(decoding: raw, as: UTF8.self) : Self.unescape(raw)
            }
            if byte == UInt8(ascii: "\\") { plain = false; position += 2; continue }
            if byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// Decodes `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX` (with surrogate pairs).
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        var index = 0
        func flush() {
            if !utf8.isEmpty { out.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars); utf8.removeAll() }
        }
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            return UInt32(String(decoding: UnsafeBufferPointer(rebasing: raw[at..<(at + 4)]), as: UTF8.self), radix: 16)
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else { utf8.append(byte); index += 1; continue }
            guard index + 1 < raw.count else { return nil }
            let code = raw[index + 1]
            index += 2
            let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
            if let decoded = simple[code] { utf8.append(decoded); continue }
            guard code == UInt8(ascii: "u"), var value = hex(index) else { return nil }
            index += 4
            if (0xD800...0xDBFF).contains(value), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u"),
               let low = hex(index + 2), (0xDC00...0xDFFF).contains(low) {
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                index += 6
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            flush()
            out.append(scalar)
        }
        flush()
        return String(out)
    }

    /// Skips any JSON value; false if it is malformed.
    private mutating func skipValue() -> Bool {
        skipSpace()
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[position] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            position += 1
            if consume(close) { return true }
            repeat {
                if isObject { guard string() != nil, consume(UInt8(ascii: ":")) else { return false } }
                guard skipValue() else { return false }
            } while consume(UInt8(ascii: ","))
            return consume(close)
        default:
            let start = position
            while position < bytes.count, !",}] \\n\\r\\t".utf8.contains(bytes[position]) { position += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            return ["true", "false", "null"].contains(word) || Double(word) != nil
        }
    }
}
