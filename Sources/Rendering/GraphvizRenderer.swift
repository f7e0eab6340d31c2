import CGraphviz
import Foundation

/// Lays out and renders DOT text in-process through libgvc.
///
/// The only file that touches Graphviz's C API. libgvc is not thread-safe, so every
/// call runs under one process-wide lock; every C resource is freed with `defer` where
/// it is allocated; Graphviz's error messages are captured with `agseterrf` and carried
/// by the thrown `RenderError`.
public struct GraphvizRenderer: Sendable {
    /// Creates a renderer; all renderers share the process's one Graphviz context.
    public init() {}

    /// Lays `dot` out with `engine` and renders it as `format`.
    /// - Throws: `RenderError` with Graphviz's messages.
    public func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws -> Data {
        try GraphvizSession.locked { context in
            let graph = try GraphvizSession.read(dot)
            defer { agclose(graph) }
            guard gvLayout(context, graph, engine.rawValue) == 0 else {
                throw RenderError.layoutFailed(engine: engine.rawValue, messages: GraphvizSession.drainMessages())
            }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format.rawValue, &buffer, &length) == 0, let buffer else {
                throw RenderError.renderFailed(format: format.rawValue, messages: GraphvizSession.drainMessages())
            }
            defer { gvFreeRenderData(buffer) }
            return Data(bytes: buffer, count: Int(length))
        }
    }

    /// The node names and edge count Graphviz reads from `dot`: a check that DOT text
    /// parses to exactly the intended graph.
    public func parse(dot: String) throws -> (nodes: [String], edges: Int) {
        try GraphvizSession.locked { _ in
            let graph = try GraphvizSession.read(dot)
            defer { agclose(graph) }
            var names: [String] = []
            var edges = 0
            var node = agfstnode(graph)
            while let current = node {
                names.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
                var edge = agfstout(graph, current)
                while let out = edge {
                    edges += 1
                    edge = agnxtout(graph, out)
                }
                node = agnxtnode(graph, current)
            }
            return (names, edges)
        }
    }
}

/// The process's one Graphviz context, its lock and its captured messages.
private enum GraphvizSession {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// Messages Graphviz reported since the last drain; only touched under `lock`.
    nonisolated(unsafe) private static var messages: [String] = []

    /// Runs `body` with the context while holding the lock.
    static func locked<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        messages.removeAll()
        if context == nil {
            agseterr(AGWARN)
            _ = agseterrf { message in
                if let message {
                    let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !text.isEmpty { GraphvizSession.messages.append(text) }
                }
                return 0
            }
            context = gvContext()
        }
        guard let context else { throw RenderError.unavailable(messages: drainMessages()) }
        return try body(context)
    }

    /// Parses DOT text; the caller must `agclose` the result. Call under the lock.
    static func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(messages: drainMessages())
        }
        return graph
    }

    /// The messages captured so far, emptied. Call under the lock.
    static func drainMessages() -> [String] {
        defer { messages.removeAll() }
        return messages
    }
}
