/// What an item decided. Every field is optional because pages state different subsets:
/// a meeting page has resolutions but no decision maker; a Decision details page has both.
public struct Decision: Hashable, Sendable {
    /// Resolution clauses, without their printed numbers (pages number them inconsistently;
    /// the UI renumbers for display). Each distinct clause appears once.
    public var resolutions: [String] = []
    public var reasons: String?
    public var alternatives: String?
    /// The body that may call the decision in, e.g. a select committee.
    public var callIn: String?
    public var decisionMaker: String?
    public var isKeyDecision: Bool?
    public var isSubjectToCallIn: Bool?
    public var status: String?

    public init() {}

    public var isEmpty: Bool {
        resolutions.isEmpty && reasons == nil && callIn == nil && decisionMaker == nil
            && status == nil && isKeyDecision == nil && alternatives == nil
    }
}
