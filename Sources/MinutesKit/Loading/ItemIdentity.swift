/// When two pages speak of the same item. A wrong merge puts one council's decision under
/// another's meeting, so every rule here errs towards keeping items apart.
enum ItemIdentity {
    /// Titles every meeting has: the same words at two meetings say nothing about the items
    /// being one (`Apologies for Absence` at any committee of any council). Match keys, as
    /// prefixes.
    static let proceduralPrefixes: [String] = [
        "apologies", "apology", "declaration", "declarations", "disclosure", "disclosures",
        "minutes", "minute", "urgent business", "urgent items", "urgent item", "exclusion of",
        "exclusion of the press", "any other business", "other business", "date of next meeting",
        "date of the next meeting", "dates of future meetings", "public questions", "questions from",
        "public participation", "chairman s announcements", "chair s announcements",
        "chairmans announcements", "announcements", "welcome", "substitute", "substitutions",
        "election of", "appointment of vice", "appointment of chair", "matters arising",
        "confirmation of minutes", "to approve the minutes", "order of business", "petitions",
        "deputations", "items of business", "communications", "ymddiheuriadau", "datganiadau",
        "cofnodion", "opening remarks", "prayers", "quorum", "notices of motion", "members questions",
    ]

    static func isProcedural(_ titleKey: String) -> Bool {
        proceduralPrefixes.contains { titleKey == $0 || titleKey.hasPrefix($0 + " ") }
    }

    /// Same number and a title cut short (`…`) or identical: the same item.
    static func titlesCompatible(_ a: String, _ b: String) -> Bool {
        a.isEmpty || b.isEmpty || a.hasPrefix(b) || b.hasPrefix(a)
    }
}
