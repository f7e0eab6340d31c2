import Foundation

/// A greedy left-to-right part-of-speech tagger: an averaged perceptron (Collins 2002) choosing
/// one (UPOS, XPOS) pair per word from the word's spelling, its neighbours and the two tags before
/// it, with a dictionary for frequent words that always take one tag. It carries the lemmatizer
/// trained on the same data. O(words × features).
public struct PartOfSpeechTagger: Sendable {
    /// The universal tag of each class.
    public let universalTags: [String]
    /// The Penn tag of each class.
    public let pennTags: [String]
    let weights: WeightTable
    /// Classes of frequent unambiguous words, by the hash of the word as written.
    let tagDictionary: [UInt64: UInt8]
    /// The most frequent class of each word seen in training, by the hash of its lower-case form.
    let usualTags: [UInt64: UInt8]
    /// The lemmatizer trained with the tagger.
    public let lemmatizer: Lemmatizer

    init(universalTags: [String], pennTags: [String], weights: WeightTable, tagDictionary: [UInt64: UInt8], usualTags: [UInt64: UInt8], lemmatizer: Lemmatizer) {
        self.usualTags = usualTags
        self.universalTags = universalTags
        self.pennTags = pennTags
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.lemmatizer = lemmatizer
    }

    /// Sets UPOS, XPOS and the lemma of every word of the sentence.
    public func annotate(_ sentence: inout SyntaxSentence) {
        let forms = sentence.tokens.map(\.form)
        let classes = tag(forms)
        for index in sentence.tokens.indices {
            let cls = classes[index]
            sentence.tokens[index].upos = universalTags[cls]
            sentence.tokens[index].xpos = pennTags[cls]
            sentence.tokens[index].lemma = lemmatizer.lemma(form: forms[index], upos: universalTags[cls], xpos: pennTags[cls])
        }
    }

    /// Whether the word (in any case) was seen in the tagger's training data: "based" and "run"
    /// were, the second half of "Chung-tai" was not.
    public func knows(_ word: String) -> Bool { usualTags[FeatureHash.lowercased(word)] != nil }

    /// Whether the word's usual tag in training, in any case, is a common word's (not a proper
    /// noun's): "passion" and "civic" are, "bolden" (unseen) and "charles" (a name) are not.
    public func isCommonWord(_ word: String) -> Bool {
        guard let usual = usualTags[FeatureHash.lowercased(word)] else { return false }
        return universalTags[Int(usual)] != "PROPN"
    }

    /// The universal part of speech of each word.
    public func universalTags(_ forms: [String]) -> [String] { tag(forms).map { universalTags[$0] } }

    /// The sentence's words with their universal tags and the spelling facts worked out for
    /// tagging, which the recognizer reads instead of working them out again.
    public func tagged(_ forms: [String]) -> TaggedWords {
        var spelling = forms.map(WordFeatures.init)
        let classes = tag(forms, spelling: &spelling)
        return TaggedWords(words: forms, universalTags: classes.map { universalTags[$0] }, spelling: spelling)
    }

    /// The class of each word.
    func tag(_ forms: [String]) -> [Int] {
        var spelling = forms.map(WordFeatures.init)
        return tag(forms, spelling: &spelling)
    }

    /// The class of each word, given (and completing) its spelling facts.
    private func tag(_ forms: [String], spelling words: inout [WordFeatures]) -> [Int] {
        for index in words.indices {
            if let usual = usualTags[words[index].lower] { words[index].usual = UInt64(usual) }
        }
        var classes: [Int] = []
        classes.reserveCapacity(forms.count)
        var features: [UInt64] = []
        features.reserveCapacity(40)
        var scores = [Float](repeating: 0, count: weights.classCount)
        for index in forms.indices {
            if let known = tagDictionary[words[index].form] {
                classes.append(Int(known))
                continue
            }
            TaggerFeatures.extract(index, words: words, previous: classes.last ?? -1,
                                   beforePrevious: classes.count >= 2 ? classes[classes.count - 2] : -1, into: &features)
            for c in scores.indices { scores[c] = 0 }
            scores.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                weights.add(features, to: base)
            }
            classes.append(TaggerFeatures.best(scores))
        }
        return classes
    }

    func write() -> [UInt8] {
        var writer = BinaryWriter()
        writer.append(universalTags)
        writer.append(pennTags)
        for table in [tagDictionary, usualTags] {
            writer.append(UInt32(table.count))
            for key in table.keys.sorted() {
                writer.append(key)
                writer.append(table[key] ?? 0)
            }
        }
        weights.write(to: &writer)
        lemmatizer.write(to: &writer)
        return ModelFile.encode(kind: .tagger, payload: writer.bytes)
    }

    /// A tagger from a model file's bytes.
    public init(modelBytes bytes: [UInt8], path: String) throws {
        var reader = try ModelFile.decode(bytes, expecting: .tagger, path: path)
        universalTags = try reader.strings()
        pennTags = try reader.strings()
        guard universalTags.count == pennTags.count, !universalTags.isEmpty else { throw reader.failure("tag lists of different lengths") }
        tagDictionary = try PartOfSpeechTagger.readTable("tag dictionary", classCount: universalTags.count, from: &reader)
        usualTags = try PartOfSpeechTagger.readTable("usual-tag table", classCount: universalTags.count, from: &reader)
        weights = try WeightTable.read(from: &reader)
        guard weights.classCount == universalTags.count else { throw reader.failure("weights for \(weights.classCount) tags, \(universalTags.count) named") }
        lemmatizer = try Lemmatizer.read(from: &reader)
    }

    private static func readTable(_ name: String, classCount: Int, from reader: inout BinaryReader) throws -> [UInt64: UInt8] {
        var table: [UInt64: UInt8] = [:]
        let count = Int(try reader.uint32())
        guard count <= reader.remaining / 9 else { throw reader.failure("a \(name) of an impossible size") }
        table.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.uint64()
            let cls = try reader.uint8()
            guard Int(cls) < classCount else { throw reader.failure("a \(name) entry out of range") }
            table[key] = cls
        }
        return table
    }

    /// A tagger from a model file.
    public init(contentsOf url: URL) throws {
        try self.init(modelBytes: ModelFile.bytes(of: url), path: url.path)
    }
}

/// The tagger's feature templates: the word, its endings, beginnings and shape; the words two to
/// either side; the two tags before it and their combinations with the word.
enum TaggerFeatures {
    /// Writes the features of word `index` into `out` (replacing what was there).
    static func extract(_ index: Int, words: [WordFeatures], previous: Int, beforePrevious: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        func word(_ offset: Int) -> WordFeatures {
            let at = index + offset
            return at >= 0 && at < words.count ? words[at] : .padding
        }
        let w = word(0), p1 = word(-1), p2 = word(-2), n1 = word(1), n2 = word(2)
        let t1 = UInt64(bitPattern: Int64(previous)), t2 = UInt64(bitPattern: Int64(beforePrevious))
        out.append(FeatureHash.feature(1, 0))
        out.append(FeatureHash.feature(2, w.lower))
        out.append(FeatureHash.feature(3, w.form))
        out.append(FeatureHash.feature(4, w.suffixes.0))
        out.append(FeatureHash.feature(5, w.suffixes.1))
        out.append(FeatureHash.feature(6, w.suffixes.2))
        out.append(FeatureHash.feature(7, w.suffixes.3))
        out.append(FeatureHash.feature(8, w.prefixes.0))
        out.append(FeatureHash.feature(9, w.prefixes.1))
        out.append(FeatureHash.feature(10, w.prefixes.2))
        out.append(FeatureHash.feature(11, w.shape))
        out.append(FeatureHash.feature(12, w.flags, index == 0 ? 1 : 0))
        out.append(FeatureHash.feature(13, p1.lower))
        out.append(FeatureHash.feature(14, p2.lower))
        out.append(FeatureHash.feature(15, n1.lower))
        out.append(FeatureHash.feature(16, n2.lower))
        out.append(FeatureHash.feature(17, p1.suffixes.2))
        out.append(FeatureHash.feature(18, n1.suffixes.2))
        out.append(FeatureHash.feature(19, n1.suffixes.1))
        out.append(FeatureHash.feature(20, t1))
        out.append(FeatureHash.feature(21, t2, t1))
        out.append(FeatureHash.feature(22, t1, w.lower))
        out.append(FeatureHash.feature(23, p1.lower, w.lower))
        out.append(FeatureHash.feature(24, w.lower, n1.lower))
        out.append(FeatureHash.feature(25, n1.shape))
        out.append(FeatureHash.feature(26, p1.shape))
        out.append(FeatureHash.feature(27, t1, w.suffixes.2))
        out.append(FeatureHash.feature(28, n1.lower, n2.lower))
        out.append(FeatureHash.feature(29, t1, p1.lower))
        out.append(FeatureHash.feature(30, n1.flags, w.flags))
        out.append(FeatureHash.feature(31, t1, n1.lower))
        out.append(FeatureHash.feature(32, w.suffixes.1, n1.lower))
        out.append(FeatureHash.feature(33, p1.lower, w.lower, n1.lower))
        out.append(FeatureHash.feature(34, w.usual))
        out.append(FeatureHash.feature(35, n1.usual))
        out.append(FeatureHash.feature(36, n2.usual))
        out.append(FeatureHash.feature(37, p1.usual, t1))
        out.append(FeatureHash.feature(38, w.usual, n1.usual))
        out.append(FeatureHash.feature(39, t1, w.usual, n1.usual))
        out.append(FeatureHash.feature(40, w.usual, w.suffixes.2))
    }

    /// The class with the highest score (the lowest index among equals).
    static func best(_ scores: [Float]) -> Int {
        var best = 0
        for c in 1..<scores.count where scores[c] > scores[best] { best = c }
        return best
    }
}

/// A sentence's words as the tagger saw them: their universal tags and, kept for the recognizer,
/// their spelling facts.
public struct TaggedWords: Sendable {
    /// The words as written.
    public let words: [String]
    /// Each word's universal part of speech.
    public let universalTags: [String]
    let spelling: [WordFeatures]
}
