/// The word lists that the recognizer's features and the extractor's typing read besides the
/// models: the place gazetteer, WordNet's head-noun classes and the census's personal names.
public struct LexicalResources: Sendable {
    /// Countries, states, regions and cities.
    public let gazetteer: PlaceGazetteer
    /// WordNet's head-noun classes.
    public let headNouns: HeadNouns
    /// Given names.
    public let givenNames: NameList
    /// Frequent surnames.
    public let surnames: NameList

    /// The resources, one by one.
    public init(gazetteer: PlaceGazetteer, headNouns: HeadNouns, givenNames: NameList, surnames: NameList) {
        self.gazetteer = gazetteer
        self.headNouns = headNouns
        self.givenNames = givenNames
        self.surnames = surnames
    }

    /// The resources shipped with the package.
    /// - Throws: `SyntaxError` when one of them cannot be loaded.
    public static func shipped() throws -> LexicalResources {
        LexicalResources(gazetteer: try PlaceGazetteer.shipped.get(), headNouns: try HeadNouns.shipped.get(),
                         givenNames: try NameList.givenNames.get(), surnames: try NameList.surnames.get())
    }
}
