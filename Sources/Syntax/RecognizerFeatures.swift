/// What the recognizer knows about each word of a sentence before labelling it: its spelling
/// facts, its part of speech, whether a gazetteer name covers it, its WordNet head class and
/// whether it is a given name.
struct RecognizerWords {
    var spelling: [WordFeatures]
    var tags: [UInt64]
    /// 0 outside every place name; else the hash of (first word or not, the name's kinds).
    var places: [UInt64]
    /// 0 when WordNet gives the word no class; else the class's index + 1.
    var heads: [UInt64]
    /// 1 for a capitalised given name, else 0.
    var given: [UInt64]
    /// For a capitalised word, the lower-case hash of the last and the first word of the run of
    /// capitalised words it stands in ("Kowloon West": west, kowloon), and the run's length; 0 else.
    var runLast: [UInt64], runFirst: [UInt64], runLength: [UInt64]

    init(_ words: [String], universalTags: [String], resources: LexicalResources) {
        self.init(words, universalTags: universalTags, spelling: words.map(WordFeatures.init), resources: resources)
    }

    /// The same from spelling facts already worked out (by the tagger). WordNet classes are looked
    /// up only for words near a capitalised word or a number, the only ones a scored decision reads.
    init(_ words: [String], universalTags: [String], spelling: [WordFeatures], resources: LexicalResources) {
        self.spelling = spelling
        tags = words.indices.map { $0 < universalTags.count ? FeatureHash.string(universalTags[$0]) : 0 }
        places = [UInt64](repeating: 0, count: words.count)
        for match in resources.gazetteer.matches(words) {
            for index in match.words {
                places[index] = FeatureHash.combine(index == match.words.lowerBound ? 1 : 2, UInt64(match.kinds.rawValue))
            }
        }
        runLast = [UInt64](repeating: 0, count: words.count)
        given = runLast
        runFirst = runLast
        runLength = runLast
        var start = 0
        while start < words.count {
            guard spelling[start].flags & 1 != 0 else { start += 1; continue }
            var end = start + 1
            while end < words.count, spelling[end].flags & 1 != 0 { end += 1 }
            for index in start..<end {
                given[index] = resources.givenNames.contains(words[index]) ? 1 : 0
                runLast[index] = spelling[end - 1].lower
                runFirst[index] = spelling[start].lower
                runLength[index] = UInt64(min(end - start, 4))
            }
            start = end
        }
        heads = [UInt64](repeating: 0, count: words.count)
        for index in words.indices where spelling[index].flags & (1 | 8 | 16) != 0 {
            for near in max(0, index - 2)...min(words.count - 1, index + 2) where heads[near] == 0 {
                let word = words[near]
                guard let first = word.utf8.first, first >= 0x80 || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7a) else { continue }
                heads[near] = resources.headNouns.class(of: word).map { UInt64(HeadNouns.Class.allCases.firstIndex(of: $0) ?? 0) + 1 } ?? 0
            }
        }
    }
}

/// The recognizer's feature templates: the word's spelling, shape and part of speech, its
/// neighbours two to either side, the two labels before it, gazetteer names, WordNet head
/// classes and given names around it.
enum RecognizerFeatures {
    /// Writes the features of word `index` into `out` (replacing what was there).
    static func extract(_ index: Int, _ words: RecognizerWords, previous: Int, beforePrevious: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let count = words.spelling.count
        func spelling(_ offset: Int) -> WordFeatures {
            let at = index + offset
            return at >= 0 && at < count ? words.spelling[at] : .padding
        }
        func value(_ list: [UInt64], _ offset: Int) -> UInt64 {
            let at = index + offset
            return at >= 0 && at < count ? list[at] : 7
        }
        let w = spelling(0), p1 = spelling(-1), p2 = spelling(-2), n1 = spelling(1), n2 = spelling(2)
        let l1 = UInt64(previous), l2 = UInt64(beforePrevious)
        let tag = value(words.tags, 0)
        out.append(FeatureHash.feature(1, 0))
        out.append(FeatureHash.feature(2, w.lower))
        out.append(FeatureHash.feature(3, w.form))
        out.append(FeatureHash.feature(4, w.suffixes.2))
        out.append(FeatureHash.feature(5, w.suffixes.3))
        out.append(FeatureHash.feature(6, w.prefixes.2))
        out.append(FeatureHash.feature(7, w.shape))
        out.append(FeatureHash.feature(8, w.flags, index == 0 ? 1 : 0))
        out.append(FeatureHash.feature(9, tag))
        out.append(FeatureHash.feature(10, value(words.tags, -1), tag))
        out.append(FeatureHash.feature(11, tag, value(words.tags, 1)))
        out.append(FeatureHash.feature(12, p1.lower))
        out.append(FeatureHash.feature(13, n1.lower))
        out.append(FeatureHash.feature(14, p2.lower))
        out.append(FeatureHash.feature(15, n2.lower))
        out.append(FeatureHash.feature(16, p1.shape, w.shape))
        out.append(FeatureHash.feature(17, w.shape, n1.shape))
        out.append(FeatureHash.feature(18, l1))
        out.append(FeatureHash.feature(19, l1, w.lower))
        out.append(FeatureHash.feature(20, l1, tag))
        out.append(FeatureHash.feature(21, l2, l1))
        out.append(FeatureHash.feature(22, value(words.places, 0)))
        out.append(FeatureHash.feature(23, value(words.places, 0), l1))
        out.append(FeatureHash.feature(24, value(words.places, 1)))
        out.append(FeatureHash.feature(25, value(words.places, -1)))
        out.append(FeatureHash.feature(26, value(words.heads, 0), tag))
        out.append(FeatureHash.feature(27, value(words.heads, 1), value(words.tags, 1)))
        out.append(FeatureHash.feature(28, value(words.heads, 2)))
        out.append(FeatureHash.feature(29, p1.lower, w.lower))
        out.append(FeatureHash.feature(30, w.lower, n1.lower))
        out.append(FeatureHash.feature(31, p1.flags, w.flags, n1.flags))
        out.append(FeatureHash.feature(32, value(words.heads, -1), l1))
        out.append(FeatureHash.feature(33, value(words.runLast, 0), l1 == 0 ? 0 : 1))
        out.append(FeatureHash.feature(34, value(words.runFirst, 0)))
        out.append(FeatureHash.feature(35, value(words.runLength, 0), l1 == 0 ? 0 : 1))
        out.append(FeatureHash.feature(36, value(words.given, 0), value(words.given, -1), l1))
        out.append(FeatureHash.feature(37, value(words.given, 0), n1.flags & 1))
    }

    /// Whether word `index` is labelled outside without scoring: a word with no capital letter and no
    /// digit after an outside label (news names begin with a capital or a number). Training makes
    /// the same shortcut, so the model learns only the decisions it will be asked.
    @inline(__always)
    static func isPlainlyOutside(_ index: Int, _ words: RecognizerWords, previous: Int) -> Bool {
        previous == EntityLabels.outside && words.spelling[index].flags & (1 | 8 | 16) == 0
    }

    /// The allowed label with the highest score (an inside label only after its own type).
    static func best(_ scores: [Float], after previous: Int) -> (label: Int, margin: Float) {
        var best = -1
        var bestScore = -Float.infinity, second = -Float.infinity
        for label in scores.indices where EntityLabels.allowed(label, after: previous) {
            if scores[label] > bestScore {
                second = bestScore
                bestScore = scores[label]
                best = label
            } else if scores[label] > second {
                second = scores[label]
            }
        }
        return (max(best, 0), second.isFinite ? bestScore - second : bestScore)
    }
}
