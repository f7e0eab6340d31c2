/// The hashed spelling facts of one word that the tagger's and parser's features are built from,
/// worked out once per word: its lower-case form, its form as written, its endings and
/// beginnings, and its shape ("Xxxx", "dd.d").
struct WordFeatures: Sendable {
    var lower: UInt64
    var form: UInt64
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64)
    var shape: UInt64
    /// 1 capitalised, 2 all digits, 4 has a hyphen, 8 has a digit, 16 all capitals.
    var flags: UInt64
    /// The tag class the word most often has in training (`noUsualTag` when it was not seen there),
    /// set by the tagger.
    var usual: UInt64 = WordFeatures.noUsualTag

    /// The usual-tag value of a word not seen in training.
    static let noUsualTag: UInt64 = 999

    /// The stand-in for positions before the first and after the last word.
    static let padding = WordFeatures(lower: 1, form: 1, suffixes: (1, 1, 1, 1), prefixes: (1, 1, 1), shape: 1, flags: 32)

    private init(lower: UInt64, form: UInt64, suffixes: (UInt64, UInt64, UInt64, UInt64), prefixes: (UInt64, UInt64, UInt64), shape: UInt64, flags: UInt64) {
        self.lower = lower
        self.form = form
        self.suffixes = suffixes
        self.prefixes = prefixes
        self.shape = shape
        self.flags = flags
    }

    /// The features of a word as written. ASCII words take a fast path that makes no copies.
    init(_ word: String) {
        form = FeatureHash.string(word)
        lower = FeatureHash.lowercased(word)
        // The last four and first three lower-case scalars, newest last.
        var last: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var first: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        func push(_ value: UInt64) {
            last = (last.1, last.2, last.3, value)
            if count == 0 { first.0 = value } else if count == 1 { first.1 = value } else if count == 2 { first.2 = value }
            count += 1
        }
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            for byte in word.utf8 { push(UInt64(byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte)) }
        } else {
            for scalar in word.lowercased().unicodeScalars { push(UInt64(scalar.value)) }
        }
        let lastValues = [last.0, last.1, last.2, last.3]
        let firstValues = [first.0, first.1, first.2]
        func ending(_ n: Int) -> UInt64 {
            var hash: UInt64 = 0x51ed_2701 &+ UInt64(n)
            for k in max(0, 4 - min(n, count))..<4 { hash = FeatureHash.combine(hash, lastValues[k]) }
            return hash
        }
        func beginning(_ n: Int) -> UInt64 {
            var hash: UInt64 = 0x7a11_3301 &+ UInt64(n)
            for k in 0..<min(n, count) { hash = FeatureHash.combine(hash, firstValues[k]) }
            return hash
        }
        suffixes = (ending(1), ending(2), ending(3), ending(4))
        prefixes = (beginning(1), beginning(2), beginning(3))
        var shapeHash: UInt64 = 0x5a9e
        var previous: UInt32 = 0
        var run = 0
        var flags: UInt64 = 0
        var allDigits = true, allUpper = true, letters = 0
        var firstUpper = false
        for (index, scalar) in word.unicodeScalars.enumerated() {
            let value = scalar.value
            let code: UInt32
            let isUpper = value < 0x80 ? (value >= 0x41 && value <= 0x5a) : scalar.properties.isUppercase
            if isUpper {
                code = 88; letters += 1
            } else if value < 0x80 ? (value >= 0x61 && value <= 0x7a) : scalar.properties.isAlphabetic {
                code = 120; allUpper = false; letters += 1
            } else if value < 0x80 ? (value >= 0x30 && value <= 0x39) : scalar.properties.numericType != nil {
                code = 100; flags |= 8
            } else {
                code = value
            }
            if index == 0 { firstUpper = isUpper }
            if code != 100 { allDigits = false }
            if value == 0x2d { flags |= 4 }
            run = code == previous ? run + 1 : 1
            previous = code
            if run <= 2 { shapeHash = FeatureHash.combine(shapeHash, UInt64(code)) }
        }
        shape = shapeHash
        if firstUpper { flags |= 1 }
        if allDigits { flags |= 2 }
        if allUpper && letters > 1 { flags |= 16 }
        self.flags = flags
    }
}
