/// The word lists the recognizer's features read besides the words: the place gazetteer, WordNet's
/// head-noun classes and the census's given names.
public struct RecognizerResources: Sendable {
    /// Countries, states, regions and cities.
    public let gazetteer: PlaceGazetteer
    /// WordNet's head-noun classes.
    public let headNouns: HeadNouns
    /// Given names.
    public let givenNames: GivenNames

    /// The three resources.
    public init(gazetteer: PlaceGazetteer, headNouns: HeadNouns, givenNames: GivenNames) {
        self.gazetteer = gazetteer
        self.headNouns = headNouns
        self.givenNames = givenNames
    }

    /// The resources shipped with the package.
    /// - Throws: `SyntaxError` when one of them cannot be loaded.
    public static func shipped() throws -> RecognizerResources {
        RecognizerResources(gazetteer: try PlaceGazetteer.shipped.get(), headNouns: try HeadNouns.shipped.get(), givenNames: try GivenNames.shipped.get())
    }
}
