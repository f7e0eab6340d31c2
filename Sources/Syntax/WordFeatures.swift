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

    /// The features of a word as written.
    init(_ word: String) {
        let lowerText = word.lowercased()
        let scalars = Array(lowerText.unicodeScalars)
        lower = FeatureHash.string(lowerText)
        form = FeatureHash.string(word)
        func ending(_ n: Int) -> UInt64 {
            var hash: UInt64 = 0x51ed_2701 &+ UInt64(n)
            for scalar in scalars.suffix(n) { hash = FeatureHash.combine(hash, UInt64(scalar.value)) }
            return hash
        }
        func beginning(_ n: Int) -> UInt64 {
            var hash: UInt64 = 0x7a11_3301 &+ UInt64(n)
            for scalar in scalars.prefix(n) { hash = FeatureHash.combine(hash, UInt64(scalar.value)) }
            return hash
        }
        suffixes = (ending(1), ending(2), ending(3), ending(4))
        prefixes = (beginning(1), beginning(2), beginning(3))
        var shapeHash: UInt64 = 0x5a9e
        var last: UInt32 = 0
        var run = 0
        var flags: UInt64 = 0
        var allDigits = true, allUpper = true, letters = 0
        for scalar in word.unicodeScalars {
            let code: UInt32
            if scalar.properties.isUppercase { code = 88; letters += 1 } else if scalar.properties.isAlphabetic { code = 120; allUpper = false; letters += 1 } else if scalar.properties.numericType != nil { code = 100; flags |= 8 } else { code = scalar.value }
            if code != 100 { allDigits = false }
            if scalar == "-" { flags |= 4 }
            run = code == last ? run + 1 : 1
            last = code
            if run <= 2 { shapeHash = FeatureHash.combine(shapeHash, UInt64(code)) }
        }
        shape = shapeHash
        if word.unicodeScalars.first?.properties.isUppercase == true { flags |= 1 }
        if allDigits { flags |= 2 }
        if allUpper && letters > 1 { flags |= 16 }
        self.flags = flags
    }
}
