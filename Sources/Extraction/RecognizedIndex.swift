/// The recognizer's spans by token, to find the one that best covers a mention. O(1) per token.
struct RecognizedIndex {
    private let entities: [RecognizedEntity]
    private var entityOfToken: [Int: Int] = [:]

    init(_ entities: [RecognizedEntity]) {
        self.entities = entities
        for (index, entity) in entities.enumerated() {
            for token in entity.tokens { entityOfToken[token] = index }
        }
    }

    /// The recognized span sharing the most word tokens with the mention, when it covers at least
    /// half of them and the mention covers all of it but one capitalised word (a title, or any
    /// word of a recognized person): "U.S. President
    /// Donald Trump" recognized as one place says nothing about "Donald Trump", nor "Lisbon court"
    /// as one organisation about "Lisbon".
    func best(for mention: Range<Int>, tokens: [Token]) -> RecognizedEntity? {
        var overlap: [Int: Int] = [:]
        var words = 0
        for token in mention where tokens[token].kind == .word {
            words += 1
            if let entity = entityOfToken[token] { overlap[entity, default: 0] += 1 }
        }
        guard let (index, shared) = overlap.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
        let outside = entities[index].tokens.filter { tokens[$0].kind == .word && !mention.contains($0) }
        // "Lisbon" in "Lisbon court" recognized as one organisation: a lower-case word outside says it is not this name.
        // "NASA Bill Ingalls" recognized as one organisation says nothing of the person: only a title
        // ("President Trump") or part of a person's longer name may stand outside.
        return shared * 2 >= words && outside.count <= 1
            && outside.allSatisfy({ tokens[$0].isCapitalized && (entities[index].type == .person || Vocabulary.capitalizedTitles.contains(tokens[$0].lower)) })
            ? entities[index] : nil
    }
}
