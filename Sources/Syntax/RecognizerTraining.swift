/// Trains an `EntityRecognizer`: greedy decoding with the current weights, a perceptron update at
/// each wrong label, sentences in a fresh seeded order every epoch, and the epoch with the best
/// dev F1 kept. Deterministic for the same data, seed and settings.
public struct RecognizerTraining: Sendable {
    /// Passes over the training data.
    public var epochs = 10
    /// Seed of the sentence order.
    public var seed: UInt64 = 1
    /// Features updated fewer times than this are left out of the model.
    public var minUpdates = 2

    /// Training with the default settings.
    public init() {}

    /// The dev figures of one epoch.
    public struct EpochReport: Sendable {
        /// The epoch (from 1).
        public var epoch: Int
        /// Typed exact-span F1 on the dev sentences.
        public var f1: Double
        /// Features in the averaged model.
        public var features: Int
    }

    /// The recognizer with the best dev F1 (the last epoch's when `dev` is empty); `progress`
    /// hears each epoch's figures. The sentences need their universal tags.
    public func train(_ sentences: [EntitySentence], dev: [EntitySentence], progress: (EpochReport) -> Void = { _ in }) throws -> EntityRecognizer {
        guard !sentences.isEmpty else { throw SyntaxError.badTrainingData("no training sentences") }
        let resources = try LexicalResources.shipped()
        let contexts = sentences.map { RecognizerWords($0.words, universalTags: $0.universalTags, resources: resources) }
        let gold = sentences.map { EntityLabels.labels(of: $0.entities, count: $0.words.count) }
        let trainer = PerceptronTrainer(classCount: EntityLabels.count)
        var random = TrainingRandom(seed: seed)
        var order = Array(sentences.indices)
        var best: (score: Double, recognizer: EntityRecognizer)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityLabels.count)
        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &random)
            for s in order {
                var predicted: [Int] = []
                predicted.reserveCapacity(gold[s].count)
                for i in gold[s].indices {
                    if RecognizerFeatures.isPlainlyOutside(i, contexts[s], previous: predicted.last ?? 0) {
                        predicted.append(EntityLabels.outside)
                        continue
                    }
                    RecognizerFeatures.extract(i, contexts[s], previous: predicted.last ?? 0,
                                               beforePrevious: predicted.count >= 2 ? predicted[predicted.count - 2] : 0, into: &features)
                    for c in scores.indices { scores[c] = 0 }
                    trainer.tick()
                    trainer.score(features, into: &scores)
                    let guess = RecognizerFeatures.best(scores, after: predicted.last ?? 0).label
                    trainer.update(features, truth: gold[s][i], guess: guess)
                    predicted.append(guess)
                }
            }
            let recognizer = EntityRecognizer(weights: trainer.averaged(minUpdates: minUpdates), resources: resources)
            let f1 = RecognizerTraining.score(recognizer, on: dev).f1
            progress(EpochReport(epoch: epoch, f1: f1, features: recognizer.weights.rowCount))
            if best == nil || dev.isEmpty || f1 > (best?.score ?? 0) { best = (f1, recognizer) }
        }
        guard let recognizer = best?.recognizer else { throw SyntaxError.badTrainingData("no epoch ran") }
        return recognizer
    }

    /// Exact-span precision, recall and F1 of a recognizer on gold sentences, typed (the type must
    /// agree) and per type.
    public static func score(_ recognizer: EntityRecognizer, on sentences: [EntitySentence]) -> EntityScore {
        var score = EntityScore()
        for sentence in sentences {
            let found = recognizer.recognize(sentence.words, universalTags: sentence.universalTags)
            score.add(gold: sentence.entities, predicted: found)
        }
        return score
    }

    /// The model file's bytes for a trained recognizer.
    public static func modelBytes(_ recognizer: EntityRecognizer) -> [UInt8] { recognizer.write() }
}

/// Counts of exact typed span matches, overall and per type.
public struct EntityScore: Sendable {
    /// (true positives, predicted, gold) overall.
    public private(set) var overall = (correct: 0, predicted: 0, gold: 0)
    /// The same per type.
    public private(set) var byType: [NamedEntityType: (correct: Int, predicted: Int, gold: Int)] = [:]

    /// An empty score.
    public init() {}

    /// Adds one sentence's spans.
    public mutating func add(gold: [NamedEntitySpan], predicted: [NamedEntitySpan]) {
        let goldSet = Set(gold.map { "\($0.words.lowerBound):\($0.words.upperBound):\($0.type.rawValue)" })
        for span in predicted {
            let correct = goldSet.contains("\(span.words.lowerBound):\(span.words.upperBound):\(span.type.rawValue)")
            overall.predicted += 1
            byType[span.type, default: (0, 0, 0)].predicted += 1
            if correct {
                overall.correct += 1
                byType[span.type, default: (0, 0, 0)].correct += 1
            }
        }
        overall.gold += gold.count
        for span in gold { byType[span.type, default: (0, 0, 0)].gold += 1 }
    }

    /// Precision, recall and F1 of counts.
    public static func figures(_ counts: (correct: Int, predicted: Int, gold: Int)) -> (precision: Double, recall: Double, f1: Double) {
        let p = counts.predicted == 0 ? 0 : Double(counts.correct) / Double(counts.predicted)
        let r = counts.gold == 0 ? 0 : Double(counts.correct) / Double(counts.gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// Overall F1.
    public var f1: Double { Self.figures(overall).f1 }
}
