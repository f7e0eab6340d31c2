import Foundation

/// A named-entity recognizer: a greedy left-to-right averaged perceptron over BIO labels for
/// people, places, organisations and events, reading the words, their parts of speech, the place
/// gazetteer, WordNet's head classes and given names. A word with no capital or digit after an outside label is
/// outside without scoring. O(words × features).
public struct EntityRecognizer: Sendable {
    let weights: WeightTable
    let resources: LexicalResources

    init(weights: WeightTable, resources: LexicalResources) {
        self.weights = weights
        self.resources = resources
    }

    /// The named entities of a sentence's words, given their universal parts of speech.
    public func recognize(_ words: [String], universalTags: [String]) -> [NamedEntitySpan] {
        label(RecognizerWords(words, universalTags: universalTags, resources: resources))
    }

    /// The named entities of a sentence the tagger has tagged, reusing its spelling facts.
    public func recognize(_ tagged: TaggedWords) -> [NamedEntitySpan] {
        label(RecognizerWords(tagged.words, universalTags: tagged.universalTags, spelling: tagged.spelling, resources: resources))
    }

    private func label(_ context: RecognizerWords) -> [NamedEntitySpan] {
        let count = context.spelling.count
        var labels: [Int] = []
        var margins: [Float] = []
        labels.reserveCapacity(count)
        var features: [UInt64] = []
        features.reserveCapacity(40)
        var scores = [Float](repeating: 0, count: EntityLabels.count)
        for index in 0..<count {
            if RecognizerFeatures.isPlainlyOutside(index, context, previous: labels.last ?? 0) {
                labels.append(EntityLabels.outside)
                margins.append(0)
                continue
            }
            RecognizerFeatures.extract(index, context, previous: labels.last ?? 0,
                                       beforePrevious: labels.count >= 2 ? labels[labels.count - 2] : 0, into: &features)
            for c in scores.indices { scores[c] = 0 }
            scores.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                weights.add(features, to: base)
            }
            let (label, margin) = RecognizerFeatures.best(scores, after: labels.last ?? 0)
            labels.append(label)
            margins.append(margin)
        }
        return EntityLabels.spans(of: labels).map { span in
            var span = span
            span.margin = margins[span.words.lowerBound]
            return span
        }
    }

    func write() -> [UInt8] {
        var writer = BinaryWriter()
        writer.append(NamedEntityType.allCases.map(\.rawValue))
        weights.write(to: &writer)
        return ModelFile.encode(kind: .recognizer, payload: writer.bytes)
    }

    /// A recognizer from a model file's bytes, over the shipped gazetteer, head nouns and given names.
    public init(modelBytes bytes: [UInt8], path: String) throws {
        var reader = try ModelFile.decode(bytes, expecting: .recognizer, path: path)
        let types = try reader.strings()
        guard types == NamedEntityType.allCases.map(\.rawValue) else {
            throw reader.failure("entity types \(types.joined(separator: ", ")), this newsgraph knows \(NamedEntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        weights = try WeightTable.read(from: &reader)
        guard weights.classCount == EntityLabels.count else { throw reader.failure("weights for \(weights.classCount) labels, not \(EntityLabels.count)") }
        resources = try LexicalResources.shipped()
    }

    /// A recognizer from a model file.
    public init(contentsOf url: URL) throws {
        try self.init(modelBytes: ModelFile.bytes(of: url), path: url.path)
    }
}
