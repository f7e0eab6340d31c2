/// Stable 64-bit hashes for model features: FNV-1a over UTF-8 for strings and a SplitMix-style
/// finaliser to combine values. Unlike Swift's `Hasher`, the same input gives the same value in
/// every process, so trained models mean the same thing when they are loaded again.
public enum FeatureHash {
    /// The FNV-1a hash of a string's UTF-8 bytes.
    @inlinable
    public static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The FNV-1a hash of a string in lower case; equal to `string(text.lowercased())`, without
    /// making the lower-case copy when the text is ASCII.
    @inlinable
    public static func lowercased(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            if byte >= 0x80 { return string(text.lowercased()) }
            hash ^= UInt64(byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The FNV-1a hash of raw bytes (model checksums).
    public static func bytes(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Combines a hash with one more value.
    @inlinable
    public static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        var z = (seed ^ (value &+ 0x9e37_79b9_7f4a_7c15 &+ (seed << 6) &+ (seed >> 2)))
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The feature of a template and one value.
    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 { combine(template &* 0x100_0000_01b3, a) }

    /// The feature of a template and two values.
    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { combine(feature(template, a), b) }

    /// The feature of a template and three values.
    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(feature(template, a, b), c)
    }
}

/// A small deterministic random number generator (SplitMix64, Steele et al. 2014) for shuffling
/// training data and exploring in training: the same seed gives the same model.
public struct TrainingRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.combine(state, 0)
    }
}
