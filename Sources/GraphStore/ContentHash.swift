/// A 128-bit content hash (two FNV-1a 64-bit lanes with different offsets) of an article's
/// text, as 32 hex digits: the store's test for "already ingested". Not cryptographic.
public enum ContentHash {
    /// The hash of `text`'s UTF-8 bytes.
    public static func of(_ text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte ^ 0x5c)) &* prime
        }
        return hex(first) + hex(second)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
