import KnowledgeGraph

/// How each entity type looks on a map: a shape and a colour from the Okabe–Ito
/// palette, which stays distinguishable under the common colour-vision deficiencies.
public struct MapStyle: Sendable {
    /// A node's shape and fill.
    public struct NodeStyle: Sendable, Equatable {
        public var shape: String
        public var fill: String
        public var font: String
    }

    /// The default style.
    public init() {}

    /// The style of an entity type.
    public func node(for type: EntityType) -> NodeStyle {
        switch type {
        case .person: NodeStyle(shape: "ellipse", fill: "#E69F00", font: "#000000")
        case .governmentBody: NodeStyle(shape: "box", fill: "#0072B2", font: "#FFFFFF")
        case .organization: NodeStyle(shape: "component", fill: "#56B4E9", font: "#000000")
        case .mediaOutlet: NodeStyle(shape: "note", fill: "#CC79A7", font: "#000000")
        case .application: NodeStyle(shape: "box3d", fill: "#009E73", font: "#FFFFFF")
        case .proposal: NodeStyle(shape: "hexagon", fill: "#F0E442", font: "#000000")
        case .law: NodeStyle(shape: "tab", fill: "#D55E00", font: "#FFFFFF")
        case .location: NodeStyle(shape: "house", fill: "#BBBBBB", font: "#000000")
        case .event: NodeStyle(shape: "octagon", fill: "#FFFFFF", font: "#000000")
        case .group: NodeStyle(shape: "egg", fill: "#EEEEEE", font: "#000000")
        }
    }
}
