/// Appends little-endian numbers and length-prefixed strings to a byte buffer (model files).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ value: UInt8) { bytes.append(value) }
    mutating func append(_ value: UInt16) { appendLittleEndian(UInt64(value), width: 2) }
    mutating func append(_ value: UInt32) { appendLittleEndian(UInt64(value), width: 4) }
    mutating func append(_ value: UInt64) { appendLittleEndian(value, width: 8) }
    mutating func append(_ value: Float) { append(value.bitPattern) }

    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ texts: [String]) {
        append(UInt32(texts.count))
        for text in texts { append(text) }
    }

    mutating func append(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    private mutating func appendLittleEndian(_ value: UInt64, width: Int) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }
}

/// Reads what `BinaryWriter` wrote, refusing to run past the end.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int
    private let path: String

    init(_ bytes: [UInt8], offset: Int = 0, path: String) {
        self.bytes = bytes
        self.offset = offset
        self.path = path
    }

    /// Bytes not yet read.
    var remaining: Int { bytes.count - offset }

    /// The error for a file that does not hold what it should.
    func failure(_ reason: String) -> SyntaxError { .badModel(path: path, reason: "\(reason) at byte \(offset)") }

    mutating func uint8() throws -> UInt8 {
        guard offset < bytes.count else { throw failure("the file ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func uint16() throws -> UInt16 { UInt16(try littleEndian(2)) }
    mutating func uint32() throws -> UInt32 { UInt32(try littleEndian(4)) }
    mutating func uint64() throws -> UInt64 { try littleEndian(8) }
    mutating func float() throws -> Float { Float(bitPattern: try uint32()) }

    mutating func string() throws -> String {
        let count = Int(try uint32())
        guard count <= remaining else { throw failure("a string longer than the file") }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let count = Int(try uint32())
        guard count <= remaining / 4 else { throw failure("a list longer than the file") }
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try string()) }
        return out
    }

    private mutating func littleEndian(_ width: Int) throws -> UInt64 {
        guard offset + width <= bytes.count else { throw failure("the file ends early") }
        var value: UInt64 = 0
        for i in 0..<width { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += width
        return value
    }
}
