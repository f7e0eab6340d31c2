/// Trains a `PartOfSpeechTagger` and its `Lemmatizer` on CoNLL-U sentences: greedy decoding with
/// the current weights, a perceptron update at each wrong tag, sentences in a fresh seeded order
/// every epoch, and the epoch with the best dev accuracy kept. Deterministic for the same data,
/// seed and settings.
public struct TaggerTraining: Sendable {
    /// Passes over the training data.
    public var epochs = 8
    /// Seed of the sentence order.
    public var seed: UInt64 = 1
    /// Features updated fewer times than this are left out of the model.
    public var minUpdates = 2
    /// A word seen at least this often, with one tag at least 99.5% of the time, is tagged by the dictionary.
    public var dictionaryMinCount = 20

    /// Training with the default settings.
    public init() {}

    /// The dev-set accuracy of one epoch.
    public struct EpochReport: Sendable {
        /// The epoch (from 1).
        public var epoch: Int
        /// UPOS and XPOS accuracy on the dev sentences.
        public var universal: Double, penn: Double
        /// Features in the averaged model.
        public var features: Int
    }

    /// The tagger with the best dev UPOS + XPOS accuracy (the last epoch's when `dev` is empty); `progress` hears each epoch's figures.
    public func train(_ sentences: [SyntaxSentence], dev: [SyntaxSentence],
                      progress: (EpochReport) -> Void = { _ in }) throws -> PartOfSpeechTagger {
        var pairIndex: [String: Int] = [:]
        var pairs: [(String, String)] = []
        var formTags: [String: [Int: Int]] = [:]
        for sentence in sentences { for token in sentence.tokens { pairIndex[token.upos + "\t" + token.xpos] = 0 } }
        for key in pairIndex.keys.sorted() {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            pairIndex[key] = pairs.count
            pairs.append((String(parts[0]), String(parts[1])))
        }
        guard !pairs.isEmpty, pairs.count <= 256 else {
            throw SyntaxError.badTrainingData("\(pairs.count) distinct (UPOS, XPOS) pairs; a tagger needs 1 to 256")
        }
        var gold: [[Int]] = []
        var words: [[WordFeatures]] = []
        var lemmaExamples: [(form: String, xpos: String, lemma: String)] = []
        // The classes of each lower-case word, for its usual class (below).
        var lowerTags: [String: [Int: Int]] = [:]
        for sentence in sentences {
            var classes: [Int] = []
            for token in sentence.tokens {
                let cls = pairIndex[token.upos + "\t" + token.xpos] ?? 0
                classes.append(cls)
                formTags[token.form, default: [:]][cls, default: 0] += 1
                lowerTags[token.form.lowercased(), default: [:]][cls, default: 0] += 1
                lemmaExamples.append((token.form, token.xpos, token.lemma))
            }
            gold.append(classes)
            words.append(sentence.tokens.map { WordFeatures($0.form) })
        }
        // The usual class of each word, and for training words the same left out their own occurrence,
        // so that a word seen once looks unseen, as new words will.
        func usual(_ counts: [Int: Int], leavingOut: Int?) -> Int? {
            var best: (cls: Int, count: Int)?
            for (cls, count) in counts {
                let n = cls == leavingOut ? count - 1 : count
                guard n > 0 else { continue }
                if best == nil || n > best?.count ?? 0 || (n == best?.count && cls < best?.cls ?? 0) { best = (cls, n) }
            }
            return best?.cls
        }
        var usualTags: [UInt64: UInt8] = [:]
        for (form, counts) in lowerTags {
            if let cls = usual(counts, leavingOut: nil) { usualTags[FeatureHash.string(form)] = UInt8(cls) }
        }
        for (s, sentence) in sentences.enumerated() {
            for (i, token) in sentence.tokens.enumerated() {
                if let counts = lowerTags[token.form.lowercased()], let cls = usual(counts, leavingOut: gold[s][i]) { words[s][i].usual = UInt64(cls) }
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (form, counts) in formTags {
            let total = counts.values.reduce(0, +)
            guard total >= dictionaryMinCount, let top = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                  Double(top.value) >= 0.995 * Double(total) else { continue }
            dictionary[FeatureHash.string(form)] = UInt8(top.key)
        }
        let lemmatizer = Lemmatizer.train(lemmaExamples)
        let trainer = PerceptronTrainer(classCount: pairs.count)
        var random = TrainingRandom(seed: seed)
        var order = Array(sentences.indices)
        var best: (score: Double, tagger: PartOfSpeechTagger)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: pairs.count)
        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &random)
            for s in order {
                var predicted: [Int] = []
                predicted.reserveCapacity(gold[s].count)
                for i in gold[s].indices {
                    if let known = dictionary[words[s][i].form] { predicted.append(Int(known)); continue }
                    TaggerFeatures.extract(i, words: words[s], previous: predicted.last ?? -1,
                                           beforePrevious: predicted.count >= 2 ? predicted[predicted.count - 2] : -1, into: &features)
                    for c in scores.indices { scores[c] = 0 }
                    trainer.tick()
                    trainer.score(features, into: &scores)
                    let guess = TaggerFeatures.best(scores)
                    trainer.update(features, truth: gold[s][i], guess: guess)
                    predicted.append(guess)
                }
            }
            let tagger = PartOfSpeechTagger(universalTags: pairs.map(\.0), pennTags: pairs.map(\.1),
                                            weights: trainer.averaged(minUpdates: minUpdates), tagDictionary: dictionary, usualTags: usualTags, lemmatizer: lemmatizer)
            let (universal, penn) = TaggerTraining.accuracy(tagger, on: dev)
            progress(EpochReport(epoch: epoch, universal: universal, penn: penn, features: tagger.weights.rowCount))
            // With no dev sentences the last epoch is kept.
            if best == nil || dev.isEmpty || universal + penn > (best?.score ?? 0) { best = (universal + penn, tagger) }
        }
        guard let tagger = best?.tagger else { throw SyntaxError.badTrainingData("no epoch ran") }
        return tagger
    }

    /// UPOS and XPOS accuracy of a tagger on gold-tokenized sentences.
    public static func accuracy(_ tagger: PartOfSpeechTagger, on sentences: [SyntaxSentence]) -> (universal: Double, penn: Double) {
        var total = 0, universal = 0, penn = 0
        for sentence in sentences {
            let classes = tagger.tag(sentence.tokens.map(\.form))
            for (token, cls) in zip(sentence.tokens, classes) {
                total += 1
                if tagger.universalTags[cls] == token.upos { universal += 1 }
                if tagger.pennTags[cls] == token.xpos { penn += 1 }
            }
        }
        return total == 0 ? (0, 0) : (Double(universal) / Double(total), Double(penn) / Double(total))
    }

    /// The model file's bytes for a trained tagger.
    public static func modelBytes(_ tagger: PartOfSpeechTagger) -> [UInt8] { tagger.write() }
}
